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

  /**
   * Flag of a page that declares its own TDMRep reservation (header or meta, {@code 0} or {@code
   * 1}): TDMRep lets that override the site's tdmrep.json, which only the robots join sees.
   */
  public static final String TDM_PAGE_DECLARED = "tdmrep.page_declared";

  @Override
  public StepResult apply(Document document) {
    ConsentResult r = evaluator.evaluatePage(document);
    boolean declared =
        r.signals().stream()
            .anyMatch(
                s ->
                    s.signal().equals(Signal.TDM_RESERVATION)
                        && !s.carrier().equals(Signal.WELL_KNOWN)
                        && (s.value().equals("0") || s.value().equals("1")));
    Document doc = declared ? document.toBuilder().flag(TDM_PAGE_DECLARED).build() : document;
    return StepResult.of(doc, r.decision());
  }
}
