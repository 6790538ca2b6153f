package org.crawlsieve.consent;

import java.util.Set;
import org.crawlsieve.config.Stages;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/**
 * The per-record part of the consent stage: page-level opt-outs ({@code noai}, TDMRep headers and
 * metas, Content-Usage header), usable without robots.txt. The robots.txt part needs the join with
 * the robots table and runs in the job through {@link ConsentEvaluator#apply}.
 */
public final class PageConsentStep implements Step {
  private final ConsentEvaluator evaluator;

  public PageConsentStep(ConsentEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  @Override
  public String name() {
    return Stages.CONSENT;
  }

  @Override
  public Set<String> reasons() {
    return ConsentReasons.PAGE;
  }

  @Override
  public StepResult apply(Document document) {
    return StepResult.of(document, evaluator.evaluatePage(document).decision());
  }
}
