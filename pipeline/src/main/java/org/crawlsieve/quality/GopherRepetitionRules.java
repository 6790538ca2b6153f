package org.crawlsieve.quality;

import java.util.Map;
import java.util.TreeMap;
import org.crawlsieve.config.Checks;
import org.crawlsieve.config.ConfigException;

/**
 * Thresholds of the Gopher repetition rules (Rae et al. 2021, table A1). A document is dropped when
 * any measured fraction exceeds its maximum. Null fields inherit (see {@link GopherQualityRules});
 * the n-gram maps are merged key by key.
 *
 * @param maxDupLineFrac most lines that repeat an earlier line, by count
 * @param maxDupParaFrac most paragraphs that repeat an earlier paragraph, by count
 * @param maxDupLineCharFrac most characters in repeated lines, over all characters
 * @param maxDupParaCharFrac most characters in repeated paragraphs, over all characters
 * @param maxTopNgramCharFrac by n: most characters covered by the most frequent word n-gram
 * @param maxDupNgramCharFrac by n: most characters covered by repeated word n-grams
 */
public record GopherRepetitionRules(
    Double maxDupLineFrac,
    Double maxDupParaFrac,
    Double maxDupLineCharFrac,
    Double maxDupParaCharFrac,
    Map<Integer, Double> maxTopNgramCharFrac,
    Map<Integer, Double> maxDupNgramCharFrac) {

  /** Largest n-gram size accepted in config. */
  public static final int MAX_N = 20;

  /** FILTERS.md / datatrove defaults. */
  public static final GopherRepetitionRules DEFAULTS =
      new GopherRepetitionRules(
          0.3,
          0.3,
          0.2,
          0.2,
          Map.of(2, 0.20, 3, 0.18, 4, 0.16),
          Map.of(5, 0.15, 6, 0.14, 7, 0.13, 8, 0.12, 9, 0.11, 10, 0.10));

  private static final String KEY = "quality.gopher_repetition.";

  public GopherRepetitionRules {
    if (maxDupLineFrac != null) {
      Checks.fraction(KEY + "max_dup_line_frac", maxDupLineFrac);
    }
    if (maxDupParaFrac != null) {
      Checks.fraction(KEY + "max_dup_para_frac", maxDupParaFrac);
    }
    if (maxDupLineCharFrac != null) {
      Checks.fraction(KEY + "max_dup_line_char_frac", maxDupLineCharFrac);
    }
    if (maxDupParaCharFrac != null) {
      Checks.fraction(KEY + "max_dup_para_char_frac", maxDupParaCharFrac);
    }
    maxTopNgramCharFrac = checkedNgrams("max_top_ngram_char_frac", maxTopNgramCharFrac);
    maxDupNgramCharFrac = checkedNgrams("max_dup_ngram_char_frac", maxDupNgramCharFrac);
  }

  private static Map<Integer, Double> checkedNgrams(String key, Map<Integer, Double> byN) {
    if (byN == null) {
      return null;
    }
    for (Map.Entry<Integer, Double> e : byN.entrySet()) {
      if (e.getKey() == null || e.getKey() < 1 || e.getKey() > MAX_N) {
        throw new ConfigException(
            KEY + key + ": n-gram size must be between 1 and " + MAX_N + ", got " + e.getKey());
      }
      if (e.getValue() == null) {
        throw new ConfigException(KEY + key + "." + e.getKey() + " must be a number");
      }
      Checks.fraction(KEY + key + "." + e.getKey(), e.getValue());
    }
    return java.util.Collections.unmodifiableMap(new TreeMap<>(byN));
  }

  public static GopherRepetitionRules inherit() {
    return new GopherRepetitionRules(null, null, null, null, null, null);
  }

  public GopherRepetitionRules over(GopherRepetitionRules base) {
    return new GopherRepetitionRules(
        Rules.or(maxDupLineFrac, base.maxDupLineFrac),
        Rules.or(maxDupParaFrac, base.maxDupParaFrac),
        Rules.or(maxDupLineCharFrac, base.maxDupLineCharFrac),
        Rules.or(maxDupParaCharFrac, base.maxDupParaCharFrac),
        Rules.merge(maxTopNgramCharFrac, base.maxTopNgramCharFrac),
        Rules.merge(maxDupNgramCharFrac, base.maxDupNgramCharFrac));
  }
}
