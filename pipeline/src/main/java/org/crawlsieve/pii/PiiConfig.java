package org.crawlsieve.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.config.Checks;
import org.crawlsieve.config.ConfigException;

/**
 * Settings of the pii stage. Every key is optional; the defaults are the documented strict ones.
 *
 * @param enabled run the stage (it must also be listed in {@code steps})
 * @param types PII types to detect and replace: EMAIL, PHONE, IP, CARD, IBAN, ID, SECRET (all)
 * @param tokens replacement per type, overriding the default {@code <TYPE>}
 * @param maxHits drop a document with more than this many replaced spans ({@code pii.too_many}); -1
 *     never drops. Default 5, as Dolma
 * @param emailObfuscations also find {@code name [at] example [dot] com} and {@code name(at)x.org}
 * @param phoneLeniency libphonenumber leniency: possible, valid, strict_grouping, exact_grouping
 * @param phoneRegions default regions for numbers written without a country code, tried in order
 * @param phoneMinDigits fewest digits a phone number must have (shorter ones are too ambiguous)
 * @param ipPublicOnly replace only public addresses (not private, loopback, link-local, CGNAT,
 *     documentation, multicast or reserved ranges)
 * @param nationalIds national identifier plug-ins to run for type ID (us_ssn, es_dni)
 */
public record PiiConfig(
    Boolean enabled,
    List<String> types,
    Map<String, String> tokens,
    Integer maxHits,
    Boolean emailObfuscations,
    String phoneLeniency,
    List<String> phoneRegions,
    Integer phoneMinDigits,
    Boolean ipPublicOnly,
    List<String> nationalIds) {

  /** National-id plug-ins that exist, by config name. */
  public static final Set<String> NATIONAL_IDS = Set.of(UsSsnDetector.NAME, EsDniDetector.NAME);

  public PiiConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    types = types == null ? names(PiiType.values()) : List.copyOf(types);
    tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
    maxHits = maxHits == null ? 5 : maxHits;
    emailObfuscations = emailObfuscations == null ? Boolean.TRUE : emailObfuscations;
    phoneLeniency = phoneLeniency == null ? "possible" : phoneLeniency.toLowerCase(Locale.ROOT);
    phoneRegions = phoneRegions == null ? List.of("US", "GB", "DE", "FR") : upper(phoneRegions);
    phoneMinDigits = phoneMinDigits == null ? 7 : phoneMinDigits;
    ipPublicOnly = ipPublicOnly == null ? Boolean.TRUE : ipPublicOnly;
    nationalIds =
        nationalIds == null
            ? List.of(UsSsnDetector.NAME, EsDniDetector.NAME)
            : List.copyOf(nationalIds);

    for (String t : types) {
      type("pii.types", t);
    }
    for (Map.Entry<String, String> e : tokens.entrySet()) {
      type("pii.tokens", e.getKey());
      if (e.getValue() == null) {
        throw new ConfigException("pii.tokens." + e.getKey() + " must be a string");
      }
    }
    if (maxHits < -1) {
      throw new ConfigException("pii.max_hits must be >= 0, or -1 to never drop; got " + maxHits);
    }
    Checks.oneOf(
        "pii.phone_leniency",
        phoneLeniency,
        "possible",
        "valid",
        "strict_grouping",
        "exact_grouping");
    Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
    for (String r : phoneRegions) {
      if (!supported.contains(r)) {
        throw new ConfigException(
            "pii.phone_regions: unknown region '" + r + "' (use ISO 3166-1 alpha-2, e.g. US)");
      }
    }
    Checks.positive("pii.phone_min_digits", phoneMinDigits);
    for (String id : nationalIds) {
      if (!NATIONAL_IDS.contains(id)) {
        throw new ConfigException(
            "pii.national_ids: unknown plug-in '"
                + id
                + "'; valid: "
                + String.join(", ", new java.util.TreeSet<>(NATIONAL_IDS)));
      }
    }
  }

  public static PiiConfig defaults() {
    return new PiiConfig(null, null, null, null, null, null, null, null, null, null);
  }

  /** True when {@code type} is among {@link #types()}. */
  public boolean detects(PiiType type) {
    for (String t : types) {
      if (PiiType.parse(t) == type) {
        return true;
      }
    }
    return false;
  }

  /** The replacement token of every type: the override, or {@code <TYPE>}. */
  public Map<PiiType, String> replacementTokens() {
    Map<PiiType, String> out = new EnumMap<>(PiiType.class);
    for (PiiType t : PiiType.values()) {
      out.put(t, t.defaultToken());
    }
    tokens.forEach((k, v) -> out.put(PiiType.parse(k), v));
    return out;
  }

  /** The libphonenumber leniency named by {@link #phoneLeniency()}. */
  public PhoneNumberUtil.Leniency leniency() {
    return PhoneNumberUtil.Leniency.valueOf(phoneLeniency.toUpperCase(Locale.ROOT));
  }

  private static void type(String key, String name) {
    try {
      PiiType.parse(name);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(key + ": " + e.getMessage());
    }
  }

  private static List<String> names(PiiType[] types) {
    List<String> out = new ArrayList<>();
    for (PiiType t : types) {
      out.add(t.name());
    }
    return List.copyOf(out);
  }

  private static List<String> upper(List<String> regions) {
    List<String> out = new ArrayList<>();
    for (String r : regions) {
      out.add(r == null ? "null" : r.toUpperCase(Locale.ROOT));
    }
    return List.copyOf(out);
  }
}
