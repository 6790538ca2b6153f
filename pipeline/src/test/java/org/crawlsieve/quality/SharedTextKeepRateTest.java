package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;
import org.junit.jupiter.api.Test;

/**
 * CI-only: the default quality stage over real Common Crawl documents ({@code
 * ../shared/data/text/}), printing the funnel. Skipped when the shared data is absent.
 */
class SharedTextKeepRateTest {

  @Test
  void defaultStageKeepsASensibleShareOfCcnetHeadDocuments() throws IOException {
    Path dir = SharedText.dir();
    assumeTrue(dir != null, "../shared/data/text not present");
    List<Document> docs = SharedText.documents(dir);
    assumeTrue(!docs.isEmpty(), "no documents under " + dir);
    List<Step> steps = QualityFilters.build(QualityConfig.defaults());
    Map<String, Integer> funnel = new TreeMap<>();
    int kept = 0;
    int modified = 0;
    for (Document d : docs) {
      Document doc = d;
      boolean dropped = false;
      for (Step s : steps) {
        StepResult r = StepRunner.run(s, doc);
        Decision decision = r.decision();
        doc = r.document();
        if (decision.reason() != null) {
          funnel.merge(decision.reason(), 1, Integer::sum);
        }
        if (decision.reason() != null && decision.reason().endsWith(".exception")) {
          throw new AssertionError("step failed on " + d.id() + ": " + decision.evidence());
        }
        if (decision.verdict().excludes()) {
          dropped = true;
          break;
        }
      }
      assertTrue(doc.scores().containsKey(LengthStep.S_CHARS));
      if (!dropped) {
        kept++;
        if (!doc.text().equals(d.text())) {
          modified++;
        }
        assertTrue(doc.tokenCount() > 0, d.id());
        double q = doc.scores().get(QualityScoreStep.S_QUALITY_SCORE);
        assertTrue(q >= 0 && q <= 1, d.id() + " quality_score " + q);
      }
    }
    double rate = (double) kept / docs.size();
    System.out.printf(
        "quality funnel on %s: %d documents, %d kept (%.1f%%), %d modified by C4; by reason: %s%n",
        dir, docs.size(), kept, 100 * rate, modified, funnel);
    // CCNet "head" documents are already line-filtered, mostly clean English prose: the
    // FineWeb-style rules keep most but not all of them (FineWeb keeps about a third of raw
    // Common Crawl text after extraction, far more of CCNet's head bucket).
    assertTrue(rate >= 0.3 && rate <= 0.95, "keep rate " + rate);
    assertEquals(
        docs.size() - kept,
        funnel.entrySet().stream()
            .filter(
                e ->
                    !e.getKey().equals(C4Step.LINES_REMOVED)
                        && !e.getKey().equals(C4Step.CITATIONS_REMOVED))
            .mapToInt(Map.Entry::getValue)
            .sum());
  }
}
