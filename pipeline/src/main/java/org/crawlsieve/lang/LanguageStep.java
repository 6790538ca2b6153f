package org.crawlsieve.lang;

import java.util.Map;
import java.util.Set;
import org.crawlsieve.config.Stages;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Text;

/**
 * Identifies the language of each document (on its first {@code sample_chars} characters) and drops
 * documents outside the kept languages or under their score threshold.
 */
public final class LanguageStep implements Step {
  public static final String NOT_KEPT = "language.not_kept";
  public static final String LOW_SCORE = "language.low_score";

  private final LanguageConfig config;
  private final LanguageDetector detector;

  public LanguageStep(LanguageConfig config, LanguageDetector detector) {
    this.config = config;
    this.detector = detector;
  }

  @Override
  public String name() {
    return Stages.LANGUAGE;
  }

  @Override
  public Set<String> reasons() {
    return Set.of(NOT_KEPT, LOW_SCORE);
  }

  @Override
  public StepResult apply(Document doc) {
    LanguageDetector.Detection d = detector.detect(Text.truncate(doc.text(), config.sampleChars()));
    Document tagged = doc.toBuilder().language(d.language(), d.score()).build();
    Map<String, Double> scores = Map.of("language_score", d.score());
    Map<String, String> evidence = Map.of("language", d.language());
    if (!config.keep().isEmpty() && !config.keep().contains(d.language())) {
      return StepResult.of(tagged, Decision.drop(name(), NOT_KEPT, scores, evidence));
    }
    double min = config.minScoreFor(d.language());
    if (d.score() < min) {
      return StepResult.of(
          tagged,
          Decision.drop(
              name(),
              LOW_SCORE,
              scores,
              Map.of("language", d.language(), "threshold", Double.toString(min))));
    }
    return StepResult.of(tagged, Decision.keep(name(), scores));
  }
}
