package org.crawlsieve.consent.robots;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses usage-preference dictionaries in the structured-field style both vocabularies use ({@code
 * train-ai=n, search=y}; {@code search=yes, ai-train=no}), leniently: keys and values are
 * lower-cased, quotes and {@code ;parameters} dropped, bare keys and malformed members skipped.
 * Plain loops, bounded to {@link #MAX_MEMBERS} members.
 */
public final class AiPrefs {
  /** Members read from one dictionary; the rest are ignored. */
  public static final int MAX_MEMBERS = 64;

  private AiPrefs() {}

  /** The members of {@code value}; on a repeated key, {@code n}/{@code no} wins. */
  public static Map<String, String> parse(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    if (value == null) {
      return out;
    }
    int members = 0;
    int start = 0;
    while (start <= value.length() && members < MAX_MEMBERS) {
      int comma = value.indexOf(',', start);
      int end = comma < 0 ? value.length() : comma;
      member(value.substring(start, end), out);
      members++;
      if (comma < 0) {
        break;
      }
      start = comma + 1;
    }
    return out;
  }

  private static void member(String raw, Map<String, String> out) {
    int semi = raw.indexOf(';');
    String m = (semi < 0 ? raw : raw.substring(0, semi)).strip();
    int eq = m.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String key = m.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    String v = m.substring(eq + 1).strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    v = v.toLowerCase(Locale.ROOT);
    if (key.isEmpty() || v.isEmpty()) {
      return;
    }
    String prev = out.get(key);
    if (prev == null || !isNo(prev)) {
      out.put(key, v);
    }
  }

  /** True for a refusal value in either vocabulary ({@code n}, {@code no}). */
  public static boolean isNo(String v) {
    return "n".equals(v) || "no".equals(v);
  }
}
