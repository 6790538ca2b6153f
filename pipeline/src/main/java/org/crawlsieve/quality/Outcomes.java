package org.crawlsieve.quality;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;

/**
 * Results of the quality filters: the measured scores always go onto the document and into the
 * decision, whether the document is kept or dropped.
 */
final class Outcomes {
  private Outcomes() {}

  static StepResult keep(Document doc, String step, Map<String, Double> scores) {
    return StepResult.of(doc.toBuilder().scores(scores).build(), Decision.keep(step, scores));
  }

  static StepResult drop(
      Document doc,
      String step,
      Map<String, Double> scores,
      String reason,
      double value,
      double threshold) {
    Map<String, String> evidence = Map.of("value", format(value), "threshold", format(threshold));
    return StepResult.of(
        doc.toBuilder().scores(scores).build(), Decision.drop(step, reason, scores, evidence));
  }

  static StepResult modify(
      Document doc,
      String text,
      String step,
      Map<String, Double> scores,
      String reason,
      Map<String, String> evidence) {
    Document changed = doc.toBuilder().text(text).scores(scores).build();
    return StepResult.of(changed, new Decision(step, Verdict.MODIFY, reason, scores, evidence));
  }

  /** Up to 6 significant digits, no trailing zeros, no exponent. */
  static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
