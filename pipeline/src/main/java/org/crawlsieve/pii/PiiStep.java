package org.crawlsieve.pii;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.crawlsieve.config.Stages;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;

/**
 * The pii stage: replaces every detected span with its type's token, records the counts by type in
 * {@link Document#piiCounts()}, and drops a document with more than {@code max_hits} spans.
 *
 * <p>Verdicts: KEEP when nothing was found; MODIFY ({@value #REPLACED}) with the counts as
 * evidence; DROP ({@value #TOO_MANY}) above the threshold. A dropped document is handed on scrubbed
 * too, so its raw PII never reaches any output. The score {@code pii_hits} is recorded in every
 * case.
 */
public final class PiiStep implements Step {
  public static final String REPLACED = "pii.replaced";
  public static final String TOO_MANY = "pii.too_many";

  private final PiiScanner scanner;
  private final Map<PiiType, String> tokens;
  private final int maxHits;

  public PiiStep(PiiConfig config) {
    this(PiiDetectors.scanner(config), config);
  }

  public PiiStep(PiiScanner scanner, PiiConfig config) {
    this.scanner = scanner;
    this.tokens = config.replacementTokens();
    this.maxHits = config.maxHits();
  }

  @Override
  public String name() {
    return Stages.PII;
  }

  @Override
  public Set<String> reasons() {
    return Set.of(REPLACED, TOO_MANY);
  }

  @Override
  public StepResult apply(Document doc) {
    return decide(doc, scanner.scrub(doc.text(), tokens));
  }

  /** The result for {@code doc} given its scrubbed text (for callers that also need the spans). */
  public StepResult decide(Document doc, PiiScanner.Scrubbed s) {
    Map<String, Double> scores = Map.of("pii_hits", (double) s.hits());
    if (s.hits() == 0) {
      return StepResult.of(doc, Decision.keep(name(), scores));
    }
    Map<String, Integer> counts = s.countsByName();
    Document scrubbed = doc.toBuilder().text(s.text()).piiCounts(counts).build();
    Map<String, String> evidence = new TreeMap<>();
    counts.forEach((type, n) -> evidence.put(type, Integer.toString(n)));
    if (maxHits >= 0 && s.hits() > maxHits) {
      evidence.put("max_hits", Integer.toString(maxHits));
      return StepResult.of(scrubbed, Decision.drop(name(), TOO_MANY, scores, evidence));
    }
    return StepResult.of(
        scrubbed, new Decision(name(), Verdict.MODIFY, REPLACED, scores, evidence));
  }
}
