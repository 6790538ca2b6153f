package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.config;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crawlsieve.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityConfigTest {

  /** Every number of ../shared/design/FILTERS.md, as the default config holds it. */
  @Test
  void defaultsReproduceFiltersMd() {
    LanguageRules r = QualityConfig.defaults().rulesFor("en");
    GopherQualityRules g = r.gopherQuality();
    assertEquals(50, g.minWords());
    assertEquals(100_000, g.maxWords());
    assertEquals(3.0, g.minMeanWordLength());
    assertEquals(10.0, g.maxMeanWordLength());
    assertEquals(0.1, g.maxHashRatio());
    assertEquals(0.1, g.maxEllipsisRatio());
    assertEquals(0.9, g.maxBulletLinesRatio());
    assertEquals(0.3, g.maxEllipsisLinesRatio());
    assertEquals(0.8, g.minAlphaWordsRatio());
    assertEquals(2, g.minStopWords());
    assertEquals(
        java.util.Set.of("the", "be", "to", "of", "and", "that", "have", "with"),
        StopWords.forLanguage("en"));

    GopherRepetitionRules rep = r.gopherRepetition();
    assertEquals(0.30, rep.maxDupLineFrac());
    assertEquals(0.30, rep.maxDupParaFrac());
    assertEquals(0.20, rep.maxDupLineCharFrac());
    assertEquals(0.20, rep.maxDupParaCharFrac());
    assertEquals(Map.of(2, 0.20, 3, 0.18, 4, 0.16), rep.maxTopNgramCharFrac());
    assertEquals(
        Map.of(5, 0.15, 6, 0.14, 7, 0.13, 8, 0.12, 9, 0.11, 10, 0.10), rep.maxDupNgramCharFrac());

    C4Rules c4 = r.c4();
    assertEquals(1000, c4.maxWordLength());
    assertEquals(3, c4.minWordsPerLine());
    assertTrue(c4.filterJavascript());
    assertTrue(c4.filterPolicy());
    assertTrue(c4.filterLoremIpsum());
    assertTrue(c4.filterCurlyBracket());
    assertEquals(5, c4.minSentences());
    assertEquals(false, c4.filterNoTerminalPunct());

    FineWebRules f = r.fineweb();
    assertEquals(0.12, f.minLinePunctRatio());
    assertEquals(0.01, f.maxCharDupRatio());
    assertEquals(30, f.shortLineLength());
    assertEquals(0.67, f.maxShortLineRatio());
    assertEquals(0.3, f.maxNewlineRatio());

    assertEquals(
        List.of("gopher_repetition", "gopher_quality", "c4", "fineweb"),
        QualityConfig.defaults().filters());
    assertEquals("cl100k_base", QualityConfig.defaults().tokenEncoding());
  }

  @Test
  void unknownFilterListsTheValidOnes() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> config("filters: [gopher_quality, fasttext]\n"));
    assertEquals(
        "test: quality.filters: unknown filter 'fasttext'; valid filters: blocklist,"
            + " gopher_repetition, gopher_quality, c4, fineweb",
        e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "filters: [c4, c4]| 'c4' is listed twice",
        "filters: [blocklist]| the blocklist filter needs files, domains or urls",
        "fineweb:\\n  max_char_dup_ratio: 1.5| quality.fineweb.max_char_dup_ratio must be between 0"
            + " and 1",
        "gopher_repetition:\\n  max_top_ngram_char_frac: {30: 0.1}| n-gram size must be between 1"
            + " and 20",
        "token_encoding: bert| quality.token_encoding: unknown value 'bert'",
        "gopher_quality:\\n  min_word: 3| unknown key 'min_word'",
        "by_language:\\n  ja:\\n    c4:\\n      min_sentences: -1| quality.c4.min_sentences must be"
            + " >= 0",
      })
  void badValuesAreOneLineErrors(String yaml, String message) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> config(yaml.replace("\\n", "\n") + "\n"));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void perLanguageOverridesMergeFieldByFieldOverBuiltInsAndDefaults() {
    QualityConfig c =
        config(
            "gopher_quality:\n  min_words: 80\n"
                + "by_language:\n  ja:\n    gopher_quality:\n      min_stop_words: 5\n"
                + "  zh-TW:\n    fineweb:\n      short_line_length: 15\n");
    GopherQualityRules ja = c.rulesFor("ja").gopherQuality();
    assertEquals(5, ja.minStopWords());
    assertEquals(80, ja.minWords());
    assertEquals(1.0, ja.minMeanWordLength());
    assertEquals(5.0, ja.maxMeanWordLength());
    assertEquals(15, c.rulesFor("zh").fineweb().shortLineLength());
    assertEquals(1.0, c.rulesFor("zh").gopherQuality().minMeanWordLength());
    assertEquals(3.0, c.rulesFor("en").gopherQuality().minMeanWordLength());
    assertEquals(80, c.rulesFor("en").gopherQuality().minWords());
    assertEquals(30, c.rulesFor("en").fineweb().shortLineLength());
  }

  @Test
  void ngramMapsMergeByKey() {
    QualityConfig c = config("gopher_repetition:\n  max_top_ngram_char_frac: {2: 0.5}\n");
    assertEquals(
        Map.of(2, 0.5, 3, 0.18, 4, 0.16),
        c.rulesFor("en").gopherRepetition().maxTopNgramCharFrac());
  }

  @ParameterizedTest
  @CsvSource({"zh, true", "ja, true", "th, true", "zh-TW, true", "en, false", "und, false"})
  void segmentedLanguages(String language, boolean segmented) {
    assertEquals(segmented, QualityConfig.defaults().segmented(language));
  }

  @Test
  void normalizesLanguageCodes() {
    assertEquals("zh", QualityConfig.normalizeLanguage("ZH_tw"));
    assertEquals("und", QualityConfig.normalizeLanguage(null));
    assertNull(StopWords.forLanguage("xx"));
  }
}
