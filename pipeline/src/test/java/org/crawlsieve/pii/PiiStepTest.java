package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepFactory;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiStepTest {

  private static Document doc(String text) {
    return Document.builder().id("r1").text(text).build();
  }

  /** {@code n} distinct emails, one per line. */
  private static String emails(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("user").append(i).append("@example.com\n");
    }
    return sb.toString();
  }

  private static PiiConfig config(Integer maxHits) {
    return new PiiConfig(null, null, null, maxHits, null, null, null, null, null, null);
  }

  @Test
  void keepsTextWithoutPii() {
    StepResult r = StepRunner.run(new PiiStep(PiiConfig.defaults()), doc("Just prose, 42 cats."));
    assertEquals(Verdict.KEEP, r.decision().verdict());
    assertEquals("Just prose, 42 cats.", r.document().text());
    assertEquals(Map.of(), r.document().piiCounts());
    assertEquals(0.0, r.decision().scores().get("pii_hits"));
  }

  @Test
  void replacesSpansRecordsCountsAndEvidence() {
    String text = "Write to jane@example.com or call +1 415 555 2671 (SSN 536-22-1234).";
    StepResult r = StepRunner.run(new PiiStep(PiiConfig.defaults()), doc(text));
    assertEquals(Verdict.MODIFY, r.decision().verdict());
    assertEquals(PiiStep.REPLACED, r.decision().reason());
    assertEquals("Write to <EMAIL> or call <PHONE> (SSN <ID>).", r.document().text());
    assertEquals(Map.of("EMAIL", 1, "ID", 1, "PHONE", 1), r.document().piiCounts());
    assertEquals(Map.of("EMAIL", "1", "ID", "1", "PHONE", "1"), r.decision().evidence());
    assertEquals(3.0, r.decision().scores().get("pii_hits"));
  }

  @ParameterizedTest
  @CsvSource({
    "2, 2, MODIFY",
    "2, 3, DROP",
    "0, 1, DROP",
    "0, 0, KEEP",
    "5, 5, MODIFY",
    "5, 6, DROP",
    "-1, 40, MODIFY",
  })
  void dropsAboveMaxHits(int maxHits, int hits, Verdict verdict) {
    StepResult r = StepRunner.run(new PiiStep(config(maxHits)), doc("List:\n" + emails(hits)));
    assertEquals(verdict, r.decision().verdict());
    if (verdict == Verdict.DROP) {
      assertEquals(PiiStep.TOO_MANY, r.decision().reason());
      assertEquals(Integer.toString(maxHits), r.decision().evidence().get("max_hits"));
      assertEquals(Integer.toString(hits), r.decision().evidence().get("EMAIL"));
      assertTrue(!r.document().text().contains("@"), "a dropped document is handed on scrubbed");
    }
  }

  @Test
  void defaultDropsAboveFiveHitsLikeDolma() {
    assertEquals(5, PiiConfig.defaults().maxHits());
  }

  @Test
  void customTokensAndDisabledTypes() {
    PiiConfig cfg =
        new PiiConfig(
            null,
            List.of("EMAIL", "IP"),
            Map.of("EMAIL", "[email removed]"),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    StepResult r =
        new PiiStep(cfg).apply(doc("jane@example.com from 81.2.69.142, tel +1 415 555 2671"));
    assertEquals("[email removed] from <IP>, tel +1 415 555 2671", r.document().text());
  }

  @Test
  void stepFactoryBuildsThePiiStepOnlyWhenEnabled() {
    CrawlsieveConfig on = ConfigLoader.parse("steps: [extract, pii]", "test");
    CrawlsieveConfig off = ConfigLoader.parse("steps: [extract, pii]\npii: {enabled: false}", "t");
    CrawlsieveConfig absent = ConfigLoader.parse("steps: [extract]", "test");
    List<Step> steps = StepFactory.perRecordSteps(on);
    assertEquals(1, steps.size());
    assertInstanceOf(PiiStep.class, steps.get(0));
    assertEquals("pii", steps.get(0).name());
    assertEquals(List.of(), StepFactory.perRecordSteps(off));
    assertEquals(List.of(), StepFactory.perRecordSteps(absent));
  }
}
