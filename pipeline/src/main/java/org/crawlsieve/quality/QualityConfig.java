package org.crawlsieve.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crawlsieve.config.Checks;
import org.crawlsieve.config.ConfigException;

/**
 * Settings of the quality stage: which filters run (in the listed order), their thresholds, and
 * per-language overrides of any threshold.
 *
 * @param enabled kept for symmetry with other sections; the stage runs when listed in {@code steps}
 * @param filters the filters to run, in order; see {@link QualityFilters#NAMES}
 * @param maxChars documents longer than this are dropped before any filter ({@code
 *     quality.length.too_long}), which bounds the work of every rule
 * @param tokenEncoding jtokkit encoding for {@code token_count}: {@code cl100k_base}, {@code
 *     o200k_base}, {@code p50k_base}, {@code p50k_edit}, {@code r50k_base} or its alias {@code
 *     gpt2}
 * @param segmentedLanguages languages written without spaces between words, split into words with
 *     ICU dictionary segmentation instead of Unicode word boundaries
 * @param blocklist sources of the URL/domain blocklist (the {@code blocklist} filter)
 * @param gopherQuality Gopher quality thresholds
 * @param gopherRepetition Gopher repetition thresholds
 * @param c4 C4 settings
 * @param fineweb FineWeb thresholds
 * @param byLanguage per-language overrides (ISO 639-1 codes), laid over the sections above; the
 *     built-in overrides ({@link BuiltInLanguageRules}) are merged in under the configured ones
 */
public record QualityConfig(
    Boolean enabled,
    List<String> filters,
    Integer maxChars,
    String tokenEncoding,
    List<String> segmentedLanguages,
    BlocklistConfig blocklist,
    GopherQualityRules gopherQuality,
    GopherRepetitionRules gopherRepetition,
    C4Rules c4,
    FineWebRules fineweb,
    Map<String, LanguageRules> byLanguage) {

  /** Filters run when {@code quality.filters} is not given (the FineWeb order). */
  public static final List<String> DEFAULT_FILTERS =
      List.of(
          QualityFilters.GOPHER_REPETITION,
          QualityFilters.GOPHER_QUALITY,
          QualityFilters.C4,
          QualityFilters.FINEWEB);

  public static final List<String> DEFAULT_SEGMENTED_LANGUAGES =
      List.of("zh", "ja", "th", "lo", "km", "my", "bo", "yue", "wuu");

  public QualityConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    filters = filters == null ? DEFAULT_FILTERS : List.copyOf(filters);
    checkFilters(filters);
    maxChars = maxChars == null ? 1_000_000 : maxChars;
    Checks.positive("quality.max_chars", maxChars);
    tokenEncoding = tokenEncoding == null ? "cl100k_base" : tokenEncoding;
    Checks.oneOf("quality.token_encoding", tokenEncoding, TokenCounter.ENCODINGS);
    segmentedLanguages =
        segmentedLanguages == null ? DEFAULT_SEGMENTED_LANGUAGES : lower(segmentedLanguages);
    blocklist = blocklist == null ? BlocklistConfig.defaults() : blocklist;
    if (filters.contains(QualityFilters.BLOCKLIST) && blocklist.empty()) {
      throw new ConfigException(
          "quality.blocklist: the blocklist filter needs files, domains or urls");
    }
    gopherQuality =
        Rules.or(gopherQuality, GopherQualityRules.inherit()).over(GopherQualityRules.DEFAULTS);
    gopherRepetition =
        Rules.or(gopherRepetition, GopherRepetitionRules.inherit())
            .over(GopherRepetitionRules.DEFAULTS);
    c4 = Rules.or(c4, C4Rules.inherit()).over(C4Rules.DEFAULTS);
    fineweb = Rules.or(fineweb, FineWebRules.inherit()).over(FineWebRules.DEFAULTS);
    byLanguage = withBuiltIns(byLanguage);
  }

  public static QualityConfig defaults() {
    return new QualityConfig(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The top-level thresholds (no language override). */
  public LanguageRules rulesForAllLanguages() {
    return new LanguageRules(gopherQuality, gopherRepetition, c4, fineweb);
  }

  /** The thresholds that apply to a document in {@code language}. */
  public LanguageRules rulesFor(String language) {
    LanguageRules top = rulesForAllLanguages();
    LanguageRules override = byLanguage.get(normalizeLanguage(language));
    return override == null ? top : override.over(top);
  }

  /** True when documents in {@code language} are split into words by ICU dictionaries. */
  public boolean segmented(String language) {
    return segmentedLanguages.contains(normalizeLanguage(language));
  }

  /** Lower-case primary subtag: {@code zh-TW → zh}, null → {@code und}. */
  public static String normalizeLanguage(String language) {
    if (language == null || language.isBlank()) {
      return "und";
    }
    String l = language.strip().toLowerCase(Locale.ROOT);
    int cut = l.indexOf('-');
    if (cut < 0) {
      cut = l.indexOf('_');
    }
    return cut < 0 ? l : l.substring(0, cut);
  }

  private static void checkFilters(List<String> filters) {
    Set<String> seen = new HashSet<>();
    for (String f : filters) {
      if (!QualityFilters.NAMES.contains(f)) {
        throw new ConfigException(
            "quality.filters: unknown filter '"
                + f
                + "'; valid filters: "
                + String.join(", ", QualityFilters.NAMES));
      }
      if (!seen.add(f)) {
        throw new ConfigException("quality.filters: '" + f + "' is listed twice");
      }
    }
  }

  private static List<String> lower(List<String> languages) {
    List<String> out = new ArrayList<>();
    for (String l : languages) {
      out.add(normalizeLanguage(l));
    }
    return List.copyOf(out);
  }

  private static Map<String, LanguageRules> withBuiltIns(Map<String, LanguageRules> configured) {
    Map<String, LanguageRules> merged = new TreeMap<>(BuiltInLanguageRules.ALL);
    if (configured != null) {
      for (Map.Entry<String, LanguageRules> e : configured.entrySet()) {
        String lang = normalizeLanguage(e.getKey());
        LanguageRules rules = e.getValue() == null ? LanguageRules.inherit() : e.getValue();
        LanguageRules builtIn = merged.get(lang);
        merged.put(lang, builtIn == null ? rules : rules.over(builtIn));
      }
    }
    return Collections.unmodifiableMap(merged);
  }
}
