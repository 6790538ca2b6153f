package org.crawlsieve.quality;

import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/**
 * First step of the stage: drops documents longer than {@code quality.max_chars}, which bounds the
 * work of every filter after it. Records the length as {@code quality.chars}.
 */
public final class LengthStep implements Step {
  public static final String NAME = "quality.length";
  public static final String TOO_LONG = "quality.length.too_long";
  public static final String S_CHARS = "quality.chars";

  private final int maxChars;

  LengthStep(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> reasons() {
    return Set.of(TOO_LONG);
  }

  @Override
  public StepResult apply(Document doc) {
    int chars = doc.text().length();
    Map<String, Double> scores = Map.of(S_CHARS, (double) chars);
    if (chars > maxChars) {
      return Outcomes.drop(doc, NAME, scores, TOO_LONG, chars, maxChars);
    }
    return Outcomes.keep(doc, NAME, scores);
  }
}
