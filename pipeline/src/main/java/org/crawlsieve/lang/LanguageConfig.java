package org.crawlsieve.lang;

import java.util.List;
import java.util.Map;
import org.crawlsieve.config.Checks;

/**
 * Language identification and the language filter.
 *
 * @param sampleChars characters of text given to the detector (the start of the document)
 * @param minScore default minimum score of the top language to keep a document
 * @param minScoreByLanguage per-language overrides of {@code minScore}; default FineWeb's English
 *     threshold {@code en: 0.65} (FineWeb-2's per-language thresholds are fitted per dataset)
 * @param keep languages to keep; empty keeps every language
 */
public record LanguageConfig(
    Integer sampleChars,
    Double minScore,
    Map<String, Double> minScoreByLanguage,
    List<String> keep) {
  public LanguageConfig {
    sampleChars = sampleChars == null ? 2000 : sampleChars;
    minScore = minScore == null ? 0.0 : minScore;
    minScoreByLanguage =
        minScoreByLanguage == null ? FINEWEB_THRESHOLDS : Map.copyOf(minScoreByLanguage);
    keep = keep == null ? List.of() : List.copyOf(keep);
    Checks.positive("language.sample_chars", sampleChars);
    Checks.fraction("language.min_score", minScore);
    minScoreByLanguage.forEach((k, v) -> Checks.fraction("language.min_score_by_language." + k, v));
  }

  /** FineWeb keeps English documents whose language score is at least 0.65. */
  public static final Map<String, Double> FINEWEB_THRESHOLDS = Map.of("en", 0.65);

  public static LanguageConfig defaults() {
    return new LanguageConfig(null, null, null, null);
  }

  /** Threshold for a language: its override, or the default. */
  public double minScoreFor(String language) {
    return minScoreByLanguage.getOrDefault(language, minScore);
  }
}
