package org.crawlsieve.quality;

import org.crawlsieve.config.Checks;

/**
 * Thresholds of FineWeb's own quality rules (Penedo et al. 2024; datatrove's {@code
 * FineWebQualityFilter}). Null fields inherit (see {@link GopherQualityRules}).
 *
 * @param minLinePunctRatio drop when fewer lines than this end in terminal punctuation
 * @param maxCharDupRatio drop when more characters than this are in repeated lines
 * @param shortLineLength a line of at most this many characters is short
 * @param maxShortLineRatio drop when more lines than this are short
 * @param maxNewlineRatio drop when there are more newlines per word than this (list-like pages)
 */
public record FineWebRules(
    Double minLinePunctRatio,
    Double maxCharDupRatio,
    Integer shortLineLength,
    Double maxShortLineRatio,
    Double maxNewlineRatio) {

  /** FILTERS.md / datatrove defaults. */
  public static final FineWebRules DEFAULTS = new FineWebRules(0.12, 0.01, 30, 0.67, 0.3);

  private static final String KEY = "quality.fineweb.";

  public FineWebRules {
    if (minLinePunctRatio != null) {
      Checks.fraction(KEY + "min_line_punct_ratio", minLinePunctRatio);
    }
    if (maxCharDupRatio != null) {
      Checks.fraction(KEY + "max_char_dup_ratio", maxCharDupRatio);
    }
    if (shortLineLength != null) {
      Checks.nonNegative(KEY + "short_line_length", shortLineLength);
    }
    if (maxShortLineRatio != null) {
      Checks.fraction(KEY + "max_short_line_ratio", maxShortLineRatio);
    }
    if (maxNewlineRatio != null) {
      Checks.nonNegative(KEY + "max_newline_ratio", maxNewlineRatio);
    }
  }

  public static FineWebRules inherit() {
    return new FineWebRules(null, null, null, null, null);
  }

  public FineWebRules over(FineWebRules base) {
    return new FineWebRules(
        Rules.or(minLinePunctRatio, base.minLinePunctRatio),
        Rules.or(maxCharDupRatio, base.maxCharDupRatio),
        Rules.or(shortLineLength, base.shortLineLength),
        Rules.or(maxShortLineRatio, base.maxShortLineRatio),
        Rules.or(maxNewlineRatio, base.maxNewlineRatio));
  }
}
