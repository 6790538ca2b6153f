package org.crawlsieve.quality;

import java.util.List;
import org.crawlsieve.config.Checks;

/**
 * Thresholds of the Gopher quality rules (Rae et al. 2021, table A1; datatrove's defaults). A null
 * field inherits: in {@code quality.gopher_quality} from the built-in defaults, in {@code
 * quality.by_language.<lang>.gopher_quality} from the top-level section.
 *
 * @param minWords fewest word tokens a document may have
 * @param maxWords most word tokens a document may have
 * @param minMeanWordLength shortest allowed mean word length, in characters
 * @param maxMeanWordLength longest allowed mean word length, in characters
 * @param maxHashRatio most {@code #} characters per word
 * @param maxEllipsisRatio most ellipses ({@code ...} or {@code …}) per word
 * @param maxBulletLinesRatio most lines starting with a bullet ({@code •} or {@code -})
 * @param maxEllipsisLinesRatio most lines ending with an ellipsis
 * @param minAlphaWordsRatio fewest words containing a letter
 * @param minStopWords fewest stop-word occurrences
 * @param stopWords the stop words; null uses the language's built-in list ({@link StopWords})
 */
public record GopherQualityRules(
    Integer minWords,
    Integer maxWords,
    Double minMeanWordLength,
    Double maxMeanWordLength,
    Double maxHashRatio,
    Double maxEllipsisRatio,
    Double maxBulletLinesRatio,
    Double maxEllipsisLinesRatio,
    Double minAlphaWordsRatio,
    Integer minStopWords,
    List<String> stopWords) {

  /** FILTERS.md / datatrove defaults. */
  public static final GopherQualityRules DEFAULTS =
      new GopherQualityRules(50, 100_000, 3.0, 10.0, 0.1, 0.1, 0.9, 0.3, 0.8, 2, null);

  private static final String KEY = "quality.gopher_quality.";

  public GopherQualityRules {
    stopWords = stopWords == null ? null : List.copyOf(stopWords);
    if (minWords != null) {
      Checks.nonNegative(KEY + "min_words", minWords);
    }
    if (maxWords != null) {
      Checks.nonNegative(KEY + "max_words", maxWords);
    }
    if (minMeanWordLength != null) {
      Checks.nonNegative(KEY + "min_mean_word_length", minMeanWordLength);
    }
    if (maxMeanWordLength != null) {
      Checks.nonNegative(KEY + "max_mean_word_length", maxMeanWordLength);
    }
    if (maxHashRatio != null) {
      Checks.nonNegative(KEY + "max_hash_ratio", maxHashRatio);
    }
    if (maxEllipsisRatio != null) {
      Checks.nonNegative(KEY + "max_ellipsis_ratio", maxEllipsisRatio);
    }
    if (maxBulletLinesRatio != null) {
      Checks.fraction(KEY + "max_bullet_lines_ratio", maxBulletLinesRatio);
    }
    if (maxEllipsisLinesRatio != null) {
      Checks.fraction(KEY + "max_ellipsis_lines_ratio", maxEllipsisLinesRatio);
    }
    if (minAlphaWordsRatio != null) {
      Checks.fraction(KEY + "min_alpha_words_ratio", minAlphaWordsRatio);
    }
    if (minStopWords != null) {
      Checks.nonNegative(KEY + "min_stop_words", minStopWords);
    }
  }

  /** Every field null: inherit everything. */
  public static GopherQualityRules inherit() {
    return new GopherQualityRules(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** These rules with every null field taken from {@code base}. */
  public GopherQualityRules over(GopherQualityRules base) {
    return new GopherQualityRules(
        Rules.or(minWords, base.minWords),
        Rules.or(maxWords, base.maxWords),
        Rules.or(minMeanWordLength, base.minMeanWordLength),
        Rules.or(maxMeanWordLength, base.maxMeanWordLength),
        Rules.or(maxHashRatio, base.maxHashRatio),
        Rules.or(maxEllipsisRatio, base.maxEllipsisRatio),
        Rules.or(maxBulletLinesRatio, base.maxBulletLinesRatio),
        Rules.or(maxEllipsisLinesRatio, base.maxEllipsisLinesRatio),
        Rules.or(minAlphaWordsRatio, base.minAlphaWordsRatio),
        Rules.or(minStopWords, base.minStopWords),
        Rules.or(stopWords, base.stopWords));
  }
}
