package org.crawlsieve.quality;

import java.util.Map;

/**
 * The composite {@code quality_score} in [0, 1]: the mean of the components below that the filters
 * which ran have measured (a component whose inputs are missing is left out; with none, the score
 * is 0). Each component is 1 for the best text and 0 for the worst:
 *
 * <ul>
 *   <li>length: {@code min(1, ln(1 + words) / ln(1 + 1000))} (saturates at 1000 words);
 *   <li>letters: {@code gopher.alpha_words_frac};
 *   <li>uniqueness: {@code 1 - max(gopher.dup_line_char_frac, gopher.dup_para_char_frac)};
 *   <li>punctuation: {@code fineweb.line_punct_ratio};
 *   <li>long lines: {@code 1 - fineweb.short_line_ratio};
 *   <li>boilerplate: {@code 1 - c4.removed_char_frac}.
 * </ul>
 *
 * Dedup keeps the duplicate with the highest score. Deterministic; no model.
 */
public final class QualityScore {
  private QualityScore() {}

  public static double of(Map<String, Double> s) {
    double sum = 0;
    int n = 0;
    Double words = s.get(GopherQualityStep.S_WORDS);
    if (words != null) {
      sum += Math.min(1, Math.log1p(words) / Math.log1p(1000));
      n++;
    }
    Double alpha = s.get(GopherQualityStep.S_ALPHA_WORDS);
    if (alpha != null) {
      sum += clamp(alpha);
      n++;
    }
    Double dupLines = s.get(GopherRepetitionStep.S_DUP_LINE_CHAR_FRAC);
    Double dupParas = s.get(GopherRepetitionStep.S_DUP_PARA_CHAR_FRAC);
    if (dupLines != null || dupParas != null) {
      double worst = Math.max(dupLines == null ? 0 : dupLines, dupParas == null ? 0 : dupParas);
      sum += clamp(1 - worst);
      n++;
    }
    Double punct = s.get(FineWebStep.S_LINE_PUNCT_RATIO);
    if (punct != null) {
      sum += clamp(punct);
      n++;
    }
    Double shortLines = s.get(FineWebStep.S_SHORT_LINE_RATIO);
    if (shortLines != null) {
      sum += clamp(1 - shortLines);
      n++;
    }
    Double removed = s.get(C4Step.S_REMOVED_CHAR_FRAC);
    if (removed != null) {
      sum += clamp(1 - removed);
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
