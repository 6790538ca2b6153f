package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepFactory;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;

class QualityStageTest {
  static final String GOOD =
      "The library in our town reopened this week after a long renovation that took two years.\n"
          + "Visitors can now borrow books, use the new reading rooms and join weekly workshops.\n"
          + "The building has a larger children's section and a quiet floor for students.\n"
          + "Local historians helped to restore the original windows and the old oak staircase.\n"
          + "The council said that the project stayed within its budget and finished on time.\n"
          + "Opening hours have been extended to eight in the evening on most weekdays.";

  private static List<Decision> runAll(List<Step> steps, Document[] doc) {
    List<Decision> out = new ArrayList<>();
    for (Step s : steps) {
      StepResult r = StepRunner.run(s, doc[0]);
      out.add(r.decision());
      doc[0] = r.document();
      if (r.decision().verdict().excludes()) {
        break;
      }
    }
    return out;
  }

  @Test
  void stepFactoryBuildsTheStageInOrder() {
    List<String> names = new ArrayList<>();
    for (Step s : StepFactory.perRecordSteps(CrawlsieveConfig.defaults())) {
      names.add(s.name());
    }
    int start = names.indexOf(LengthStep.NAME);
    assertEquals(
        List.of(
            LengthStep.NAME,
            GopherRepetitionStep.NAME,
            GopherQualityStep.NAME,
            C4Step.NAME,
            FineWebStep.NAME,
            QualityScoreStep.NAME,
            TokenCountStep.NAME),
        names.subList(start, start + 7));
  }

  @Test
  void goodDocumentIsKeptWithScoresQualityScoreAndTokenCount() {
    Document[] d = {doc(GOOD, "en")};
    List<Decision> decisions = runAll(QualityFilters.build(QualityConfig.defaults()), d);
    assertEquals(7, decisions.size());
    decisions.forEach(x -> assertEquals(Verdict.KEEP, x.verdict(), x::toString));
    double score = d[0].scores().get(QualityScoreStep.S_QUALITY_SCORE);
    assertTrue(score > 0.8 && score <= 1, "quality_score " + score);
    assertTrue(d[0].tokenCount() > 80 && d[0].tokenCount() < 130, "tokens " + d[0].tokenCount());
    assertTrue(d[0].scores().containsKey(GopherQualityStep.S_WORDS));
    assertTrue(d[0].scores().containsKey(FineWebStep.S_NEWLINE_RATIO));
  }

  @Test
  void tooLongDocumentsStopAtTheLengthStep() {
    QualityConfig c = QualityTesting.config("max_chars: 100\n");
    Document[] d = {doc("x".repeat(101), "en")};
    List<Decision> decisions = runAll(QualityFilters.build(c), d);
    assertEquals(1, decisions.size());
    assertEquals(LengthStep.TOO_LONG, decisions.get(0).reason());
    Document[] ok = {doc("x".repeat(100), "en")};
    assertEquals(Verdict.KEEP, runAll(QualityFilters.build(c), ok).get(0).verdict());
  }

  @Test
  void qualityScoreRanksCleanTextAboveBoilerplate() {
    List<Step> steps = QualityFilters.build(QualityConfig.defaults());
    Document[] good = {doc(GOOD, "en")};
    runAll(steps, good);
    Document[] worse = {doc(GOOD + "\nHome\nAbout\nContact\nLogin", "en")};
    runAll(steps.subList(0, 6), worse);
    double g = good[0].scores().get(QualityScoreStep.S_QUALITY_SCORE);
    double w = QualityScore.of(worse[0].scores());
    assertTrue(g > w, g + " vs " + w);
    assertEquals(0.0, QualityScore.of(java.util.Map.of()));
  }

  /** Like Lucene's convention test: every quality step is named and coded the same way. */
  @Test
  void everyStepFollowsTheNamingConvention() {
    QualityConfig c =
        QualityTesting.config(
            "filters: [blocklist, gopher_repetition, gopher_quality, c4, fineweb]\n"
                + "blocklist:\n"
                + "  domains: [spam.example]\n");
    List<Step> steps = QualityFilters.build(c);
    assertEquals(QualityFilters.NAMES.size() + 3, steps.size());
    for (Step s : steps) {
      assertTrue(s.name().startsWith("quality."), s.name());
      for (String reason : s.reasons()) {
        assertTrue(reason.startsWith("quality."), reason);
        assertFalse(reason.contains(" "), reason);
      }
    }
  }
}
