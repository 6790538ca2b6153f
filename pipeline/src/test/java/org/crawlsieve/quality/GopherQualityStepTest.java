package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.config;
import static org.crawlsieve.quality.QualityTesting.doc;
import static org.crawlsieve.quality.QualityTesting.repeat;
import static org.crawlsieve.quality.QualityTesting.run;
import static org.crawlsieve.quality.QualityTesting.times;
import static org.crawlsieve.quality.QualityTesting.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GopherQualityStepTest {

  private static final GopherQualityStep DEFAULT =
      new GopherQualityStep(new QualityContext(QualityConfig.defaults()));

  /** {@code n} words: two stop words ("the", 3 letters) and n-2 three-letter words. */
  private static String englishWords(int n) {
    List<String> w = times(n - 2, "abc");
    w.add(0, "the");
    w.add("the");
    return words(w);
  }

  /** {@code n} Japanese words: "私は学生です。" is 私|は|学生|です (ICU), は and です stop words. */
  private static String japaneseWords(int n) {
    StringBuilder sb = new StringBuilder(repeat(n / 4, "私は学生です。", ""));
    sb.append(repeat(n % 4, "猫", "、"));
    return sb.toString();
  }

  static Stream<Arguments> cases() {
    List<String> meanMin = times(98, "abc");
    meanMin.add("the");
    meanMin.add("the");
    List<String> meanBelow = new ArrayList<>(meanMin);
    meanBelow.set(0, "ab");
    // 2 x 3 + 96 x 10 + 2 x 17 = 1000 characters in 100 words: mean exactly 10
    List<String> meanMax = times(96, "abcdefghij");
    meanMax.add("the");
    meanMax.add("the");
    meanMax.add("abcdefghijklmnopq");
    meanMax.add("abcdefghijklmnopq");
    List<String> meanAbove = new ArrayList<>(meanMax);
    meanAbove.set(99, "abcdefghijklmnopqr");
    List<String> alphaAt = times(78, "abc");
    alphaAt.addAll(List.of("the", "the"));
    alphaAt.addAll(times(20, "123"));
    List<String> alphaBelow = new ArrayList<>(alphaAt);
    alphaBelow.set(0, "456");
    String hundred = englishWords(100);
    return Stream.of(
        // word count: at least 50 words
        Arguments.of("en", englishWords(49), GopherQualityStep.WORD_COUNT),
        Arguments.of("en", englishWords(50), null),
        Arguments.of("ja", japaneseWords(49), GopherQualityStep.WORD_COUNT),
        Arguments.of("ja", japaneseWords(50), null),
        // mean word length between 3 and 10 (ja: built-in 1 to 5)
        Arguments.of("en", words(meanMin), null),
        Arguments.of("en", words(meanBelow), GopherQualityStep.MEAN_WORD_LENGTH),
        Arguments.of("en", words(meanMax), null),
        Arguments.of("en", words(meanAbove), GopherQualityStep.MEAN_WORD_LENGTH),
        Arguments.of("ja", japaneseWords(60), null),
        // 16 words of 24 characters, then k words of 6: mean exactly 5 at k = 56
        Arguments.of("ja", japaneseWords(16) + repeat(56, "ヌヌヌヌヌヌ", "、"), null),
        Arguments.of(
            "ja",
            japaneseWords(16) + repeat(57, "ヌヌヌヌヌヌ", "、"),
            GopherQualityStep.MEAN_WORD_LENGTH),
        // at most 0.1 '#' per word
        Arguments.of("en", hundred + repeat(10, "#", ""), null),
        Arguments.of("en", hundred + repeat(11, "#", ""), GopherQualityStep.HASH_RATIO),
        Arguments.of("ja", japaneseWords(100) + repeat(10, "#", ""), null),
        Arguments.of("ja", japaneseWords(100) + repeat(11, "#", ""), GopherQualityStep.HASH_RATIO),
        // at most 0.1 ellipses per word ("..." and "…" both count)
        Arguments.of(
            "en",
            englishWords(99) + repeat(5, " ...", "") + repeat(5, " \u2026", "") + " end",
            null),
        Arguments.of(
            "en",
            englishWords(99) + repeat(11, " ...", "") + " end",
            GopherQualityStep.ELLIPSIS_RATIO),
        Arguments.of("ja", japaneseWords(100) + repeat(10, "\u2026", "") + "。", null),
        Arguments.of(
            "ja",
            japaneseWords(100) + repeat(11, "\u2026", "") + "。",
            GopherQualityStep.ELLIPSIS_RATIO),
        // at most 90% of lines start with a bullet
        Arguments.of("en", bullets(9, 10, "\u2022 "), null),
        Arguments.of("en", bullets(10, 10, "- "), GopherQualityStep.BULLET_LINES),
        Arguments.of("ja", bulletsJa(9, 10), null),
        Arguments.of("ja", bulletsJa(10, 10), GopherQualityStep.BULLET_LINES),
        // at most 30% of lines end with an ellipsis
        Arguments.of("en", ellipsisLines(3, 10), null),
        Arguments.of("en", ellipsisLines(4, 10), GopherQualityStep.ELLIPSIS_LINES),
        Arguments.of("ja", ellipsisLinesJa(3, 10), null),
        Arguments.of("ja", ellipsisLinesJa(4, 10), GopherQualityStep.ELLIPSIS_LINES),
        // at least 80% of words contain a letter
        Arguments.of("en", words(alphaAt), null),
        Arguments.of("en", words(alphaBelow), GopherQualityStep.ALPHA_WORDS),
        Arguments.of("ja", japaneseWords(80) + repeat(20, "123", " "), null),
        Arguments.of(
            "ja", japaneseWords(80) + repeat(21, "123", " "), GopherQualityStep.ALPHA_WORDS),
        // at least 2 stop words; matched without regard to case
        Arguments.of("en", "The " + repeat(98, "abc", " ") + " the", null),
        Arguments.of("en", "The " + repeat(99, "abc", " "), GopherQualityStep.STOP_WORDS),
        Arguments.of("ja", "私は" + repeat(60, "東京", "、") + "です", null),
        Arguments.of("ja", "私は" + repeat(60, "東京", "、"), GopherQualityStep.STOP_WORDS));
  }

  private static String bullets(int bulleted, int lines, String bullet) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      out.add((i < bulleted ? bullet : "") + "the item of " + repeat(8, "abcd", " "));
    }
    return String.join("\n", out);
  }

  private static String bulletsJa(int bulleted, int lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      out.add((i < bulleted ? "\u2022 " : "") + repeat(2, "私は学生です。", ""));
    }
    return String.join("\n", out);
  }

  private static String ellipsisLinesJa(int withEllipsis, int lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      out.add("私は学生です。東京は日本の首都です" + (i < withEllipsis ? "\u2026" : "。"));
    }
    return String.join("\n", out);
  }

  private static String ellipsisLines(int withEllipsis, int lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      out.add("the list of " + repeat(9, "abcd", " ") + (i < withEllipsis ? "..." : "."));
    }
    return String.join("\n", out);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @MethodSource("cases")
  void eachRuleDropsOnlyPastItsThreshold(String language, String text, String reason) {
    StepResult r = run(DEFAULT, doc(text, language));
    assertEquals(reason, r.decision().reason(), () -> r.document().scores().toString());
    assertEquals(reason == null ? Verdict.KEEP : Verdict.DROP, r.decision().verdict());
  }

  @Test
  void measuresEveryValueOnKeptAndDroppedDocuments() {
    for (String text : List.of(englishWords(60), englishWords(10))) {
      StepResult r = run(DEFAULT, doc(text + "\n#...", "en"));
      Document d = r.document();
      assertEquals(r.decision().scores(), subset(d, r.decision().scores().keySet()));
      for (String s :
          List.of(
              GopherQualityStep.S_WORDS,
              GopherQualityStep.S_MEAN_WORD_LENGTH,
              GopherQualityStep.S_HASH_RATIO,
              GopherQualityStep.S_ELLIPSIS_RATIO,
              GopherQualityStep.S_BULLET_LINES,
              GopherQualityStep.S_ELLIPSIS_LINES,
              GopherQualityStep.S_ALPHA_WORDS,
              GopherQualityStep.S_STOP_WORDS)) {
        assertFalse(d.scores().get(s) == null, s);
      }
    }
    StepResult r = run(DEFAULT, doc(englishWords(60) + "\n#...", "en"));
    assertEquals(60.0, r.document().scores().get(GopherQualityStep.S_WORDS));
    assertEquals(2.0, r.document().scores().get(GopherQualityStep.S_STOP_WORDS));
    assertEquals(1.0 / 60, r.document().scores().get(GopherQualityStep.S_HASH_RATIO), 1e-12);
    assertEquals(0.5, r.document().scores().get(GopherQualityStep.S_ELLIPSIS_LINES), 1e-12);
  }

  private static java.util.Map<String, Double> subset(Document d, java.util.Set<String> keys) {
    java.util.Map<String, Double> out = new java.util.TreeMap<>();
    keys.forEach(k -> out.put(k, d.scores().get(k)));
    return out;
  }

  @Test
  void dropEvidenceNamesValueAndThreshold() {
    StepResult r = run(DEFAULT, doc(englishWords(49), "en"));
    assertEquals("49", r.decision().evidence().get("value"));
    assertEquals("50", r.decision().evidence().get("threshold"));
  }

  @ParameterizedTest(name = "[{index}] max_words {0}, {1} words -> {2}")
  @org.junit.jupiter.params.provider.CsvSource({
    "60, 60, ",
    "60, 61, quality.gopher.word_count",
  })
  void maximumWordCountIsInclusive(int max, int words, String reason) {
    GopherQualityStep step =
        new GopherQualityStep(
            new QualityContext(config("gopher_quality:\n  max_words: " + max + "\n")));
    assertEquals(reason, run(step, doc(englishWords(words), "en")).decision().reason());
  }

  @Test
  void languageWithoutStopWordListSkipsTheStopWordRule() {
    StepResult r = run(DEFAULT, doc(repeat(60, "abcd", " "), "ko"));
    assertNull(r.decision().reason());
    assertFalse(r.document().scores().containsKey(GopherQualityStep.S_STOP_WORDS));
  }

  @Test
  void configuredStopWordsReplaceTheBuiltInList() {
    GopherQualityStep step =
        new GopherQualityStep(
            new QualityContext(config("gopher_quality:\n  stop_words: [abcd, efgh]\n")));
    assertNull(run(step, doc("abcd " + repeat(60, "efgh", " "), "en")).decision().reason());
    assertEquals(
        GopherQualityStep.STOP_WORDS, run(step, doc(englishWords(60), "en")).decision().reason());
  }

  @Test
  void perLanguageOverrideAppliesOnlyToThatLanguage() {
    GopherQualityStep step =
        new GopherQualityStep(
            new QualityContext(
                config("by_language:\n  de:\n    gopher_quality:\n      min_words: 10\n")));
    String text = "der die das und " + repeat(16, "abcd", " ");
    assertNull(run(step, doc(text, "de")).decision().reason());
    assertEquals(GopherQualityStep.WORD_COUNT, run(step, doc(text, "fr")).decision().reason());
  }
}
