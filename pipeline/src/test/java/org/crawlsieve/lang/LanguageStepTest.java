package org.crawlsieve.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Keep thresholds per language, on both sides, with a detector that answers what it is told. */
class LanguageStepTest {

  @ParameterizedTest(name = "{0} {1} keep={2}")
  @CsvSource({
    // language, score, keep list, expected verdict, expected reason
    "en, 0.66, '', KEEP, ",
    "en, 0.64, '', DROP, language.low_score",
    "de, 0.30, '', KEEP, ",
    "de, 0.90, 'en', DROP, language.not_kept",
    "en, 0.90, 'en;de', KEEP, ",
  })
  void defaultsAreFineWebLike(
      String language, double score, String keep, Verdict verdict, String reason) {
    List<String> kept = keep.isEmpty() ? List.of() : List.of(keep.split(";"));
    LanguageConfig cfg = new LanguageConfig(null, null, null, kept);
    LanguageStep step =
        new LanguageStep(cfg, text -> new LanguageDetector.Detection(language, score));
    var r = step.apply(Document.builder().id("x").text("some text").build());
    assertEquals(verdict, r.decision().verdict());
    assertEquals(reason, r.decision().reason());
    assertEquals(language, r.document().language());
    assertEquals(score, r.document().languageScore());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'The council opened the emergency shelters before dawn, the mayor said.', en",
    "'Der Stadtrat hat die Notunterkünfte noch vor dem Morgengrauen geöffnet.', de",
    "'Le conseil municipal a ouvert les abris d''urgence avant l''aube, a dit le maire.', fr",
    "'El ayuntamiento abrió los refugios de emergencia antes del amanecer.', es",
  })
  void sharedDetectorIdentifiesShortSentences(String text, String expected) {
    assertEquals(expected, LanguageDetectors.shared().detect(text).language());
  }
}
