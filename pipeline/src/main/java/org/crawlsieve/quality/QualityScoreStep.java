package org.crawlsieve.quality;

import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/** Tagger after the filters: adds {@code quality_score} ({@link QualityScore}) to the scores. */
public final class QualityScoreStep implements Step {
  public static final String NAME = "quality.score";
  public static final String S_QUALITY_SCORE = "quality_score";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> reasons() {
    return Set.of();
  }

  @Override
  public StepResult apply(Document doc) {
    Map<String, Double> scores = Map.of(S_QUALITY_SCORE, QualityScore.of(doc.scores()));
    return Outcomes.keep(doc, NAME, scores);
  }
}
