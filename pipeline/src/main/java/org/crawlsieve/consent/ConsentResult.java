package org.crawlsieve.consent;

import java.util.List;
import java.util.Map;
import org.crawlsieve.consent.robots.RobotsResolution;
import org.crawlsieve.consent.robots.RobotsVerdict;
import org.crawlsieve.core.Decision;

/**
 * Everything the consent evaluation found for one record.
 *
 * @param decision the {@code consent} step's decision (drop with a reason, or keep), with evidence
 * @param signals every signal found (opt-outs and not), page and robots.txt
 * @param flags conditions to add to the document ({@code robots.no_capture} …)
 * @param robots the robots.txt resolution, or null for a page-only evaluation
 * @param verdicts robots.txt verdict per listed agent and {@code *}, in list order ({@code *}
 *     last); empty for a page-only evaluation
 */
public record ConsentResult(
    Decision decision,
    List<Signal> signals,
    List<String> flags,
    RobotsResolution robots,
    Map<String, RobotsVerdict> verdicts) {
  public ConsentResult {
    signals = List.copyOf(signals);
    flags = List.copyOf(flags);
    verdicts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(verdicts));
  }

  /** True when the record is excluded. */
  public boolean excluded() {
    return decision.verdict().excludes();
  }
}
