package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.config;
import static org.crawlsieve.quality.QualityTesting.doc;
import static org.crawlsieve.quality.QualityTesting.repeat;
import static org.crawlsieve.quality.QualityTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class C4StepTest {
  private static final C4Step DEFAULT = new C4Step(new QualityContext(QualityConfig.defaults()));

  /** Five one-sentence lines that pass every rule. */
  private static final String BASE_EN =
      "The river rose after three days of rain.\n"
          + "Farmers moved their cattle to higher ground.\n"
          + "The council opened two schools as shelters.\n"
          + "Volunteers delivered food and blankets.\n"
          + "By Sunday the water had started to fall.";

  /** Five Japanese sentences on three lines. */
  private static final String BASE_JA = "私は学生です。猫が好きです。\n東京は日本の首都です。今日は天気がいいです。\nこれはペンです。";

  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en| Long words are fine up to LONG1000 here.| ",
        "en| Longer words are not LONG1001 here.| too_long_word",
        "en| Two words.| too_few_words",
        "en| Three words here.| ",
        "en| Please enable JavaScript to view this page.| javascript",
        "en| This site uses cookies to improve your experience.| policy",
        "en| Read our Privacy Policy before you sign up.| policy",
        "en| The Terms of Use apply to every visitor.| policy",
        "en| Home about contact us| ",
        "ja| 私は| too_few_words",
        "ja| 私は学生。| ",
        "ja| javascriptを有効にしてください。| javascript",
        "ja| JA1500| ",
      })
  void lineRulesRemoveOnlyTheirLines(String language, String line, String rule) {
    String expanded =
        line.replace("LONG1000", "x".repeat(1000))
            .replace("LONG1001", "x".repeat(1001))
            .replace("JA1500", repeat(215, "私は学生です。", ""));
    String base = language.equals("ja") ? BASE_JA : BASE_EN;
    StepResult r = run(DEFAULT, doc(base + "\n" + expanded, language));
    if (rule == null) {
      assertEquals(Verdict.KEEP, r.decision().verdict(), r.decision()::toString);
      assertEquals(base + "\n" + expanded, r.document().text());
    } else {
      assertEquals(Verdict.MODIFY, r.decision().verdict(), r.decision()::toString);
      assertEquals(C4Step.LINES_REMOVED, r.decision().reason());
      assertEquals(Map.of(rule, "1"), r.decision().evidence());
      assertEquals(base, r.document().text());
      assertEquals(1.0, r.document().scores().get(C4Step.S_LINES_REMOVED));
    }
  }

  @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en| Lorem ipsum dolor sit amet, consectetur.| quality.c4.lorem_ipsum",
        "ja| Lorem ipsum dolor sit amet です。| quality.c4.lorem_ipsum",
        "en| The function returns { x: 1 } to its caller.| quality.c4.curly_bracket",
        "ja| 関数は { x: 1 } を返します。| quality.c4.curly_bracket",
        "en| a {| ",
      })
  void documentRulesDropTheDocument(String language, String line, String reason) {
    String base = language.equals("ja") ? BASE_JA : BASE_EN;
    StepResult r = run(DEFAULT, doc(base + "\n" + line, language));
    assertEquals(reason, r.decision().verdict() == Verdict.DROP ? r.decision().reason() : null);
  }

  @ParameterizedTest(name = "[{index}] {0}: {2} sentences -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en| One sentence is here. Two sentences are here. Three are here now. Four is a number.|"
            + " 4| quality.c4.too_few_sentences",
        "en| One sentence is here. Two sentences are here. Three are here now. Four is a number."
            + " Five is enough.| 5| ",
        "ja| 私は学生です。猫が好きです。東京は日本の首都です。これはペンです。| 4|" + " quality.c4.too_few_sentences",
        "ja| 私は学生です。猫が好きです。東京は日本の首都です。これはペンです。今日は晴れです。| 5| ",
      })
  void needsFiveSentences(String language, String text, int sentences, String reason) {
    StepResult r = run(DEFAULT, doc(text, language));
    assertEquals(reason, r.decision().reason());
    assertEquals(sentences, r.decision().scores().get(C4Step.S_SENTENCES));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Home about contact us| no_terminal_punct",
        "Wait for it...| no_terminal_punct",
        "She said \"yes.\"| ",
        "Is this a question?| ",
      })
  void terminalPunctuationRuleWhenEnabled(String line, String rule) {
    C4Step step = new C4Step(new QualityContext(config("c4:\n  filter_no_terminal_punct: true\n")));
    StepResult r = run(step, doc(BASE_EN + "\n" + line, "en"));
    assertEquals(rule == null ? Map.of() : Map.of(rule, "1"), r.decision().evidence());
  }

  @Test
  void citationMarksAreRemovedFromKeptLines() {
    StepResult r =
        run(DEFAULT, doc(BASE_EN + "\nParis is the capital of France.[1][citation needed]", "en"));
    assertEquals(C4Step.CITATIONS_REMOVED, r.decision().reason());
    assertEquals(BASE_EN + "\nParis is the capital of France.", r.document().text());
  }

  @Test
  void removedCharacterFractionIsMeasured() {
    String text = BASE_EN + "\nTwo words.";
    StepResult r = run(DEFAULT, doc(text, "en"));
    double expected = (double) (text.length() - BASE_EN.length()) / text.length();
    assertEquals(expected, r.document().scores().get(C4Step.S_REMOVED_CHAR_FRAC), 1e-12);
    assertEquals(6.0, r.document().scores().get(C4Step.S_LINES));
  }

  @Test
  void longestWordCutsAtCharactersOfUnspacedScripts() {
    assertEquals(5, C4Step.longestWord("abc abcde ab"));
    assertEquals(3, C4Step.longestWord("私は学生abc"));
    assertEquals(1, C4Step.longestWord(repeat(300, "私は学生です", "")));
    assertEquals(0, C4Step.longestWord("   "));
  }

  @Test
  void disabledRulesKeepTheirLines() {
    C4Step step =
        new C4Step(
            new QualityContext(
                config(
                    "c4:\n"
                        + "  filter_javascript: false\n"
                        + "  max_word_length: 0\n"
                        + "  min_sentences: 0\n")));
    String text = "Enable JavaScript now please.\n" + "y".repeat(2000) + " end of line.";
    assertNull(run(step, doc(text, "en")).decision().reason());
  }
}
