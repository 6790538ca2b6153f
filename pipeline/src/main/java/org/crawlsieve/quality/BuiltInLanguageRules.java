package org.crawlsieve.quality;

import java.util.Map;

/**
 * Per-language overrides that ship with crawlsieve, merged under {@code quality.by_language}. Only
 * thresholds that cannot hold for a writing system are changed: words of Chinese and Japanese (as
 * ICU segments them) average under 3 characters, so the Gopher mean-word-length range is widened
 * for them (measured: ja 1.7, zh 1.6 on Lingua's test sentences; en 4.9).
 */
final class BuiltInLanguageRules {
  private BuiltInLanguageRules() {}

  private static LanguageRules meanWordLength(double min, double max) {
    return new LanguageRules(
        new GopherQualityRules(null, null, min, max, null, null, null, null, null, null, null),
        null,
        null,
        null);
  }

  static final Map<String, LanguageRules> ALL =
      Map.of(
          "zh", meanWordLength(1.0, 5.0),
          "yue", meanWordLength(1.0, 5.0),
          "ja", meanWordLength(1.0, 5.0));
}
