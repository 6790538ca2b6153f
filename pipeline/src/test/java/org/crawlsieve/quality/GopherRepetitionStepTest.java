package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.config;
import static org.crawlsieve.quality.QualityTesting.doc;
import static org.crawlsieve.quality.QualityTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GopherRepetitionStepTest {

  private static final String[] SCALAR_KEYS = {
    "max_dup_line_frac", "max_dup_para_frac", "max_dup_line_char_frac", "max_dup_para_char_frac"
  };

  /**
   * Every repetition threshold at 1 (nothing drops) except {@code key}, set to {@code value};
   * n-gram thresholds are named {@code top.<n>} and {@code dup.<n>}.
   */
  private static GopherRepetitionStep stepWith(String key, double value) {
    StringBuilder yaml = new StringBuilder("gopher_repetition:\n");
    for (String k : SCALAR_KEYS) {
      yaml.append("  ").append(k).append(": ").append(key.equals(k) ? value : 1).append('\n');
    }
    yaml.append("  max_top_ngram_char_frac:\n");
    for (int n = 2; n <= 4; n++) {
      yaml.append("    ").append(n).append(": ");
      yaml.append(key.equals("top." + n) ? value : 1).append('\n');
    }
    yaml.append("  max_dup_ngram_char_frac:\n");
    for (int n = 5; n <= 10; n++) {
      yaml.append("    ").append(n).append(": ");
      yaml.append(key.equals("dup." + n) ? value : 1).append('\n');
    }
    return new GopherRepetitionStep(new QualityContext(config(yaml.toString())));
  }

  private static final String PARAS =
      "alpha beta gamma\n\ndelta epsilon\n\nalpha beta gamma\n\nzeta eta theta";
  private static final String LINES = "one two\nthree four\none two\nfive six";
  private static final String LINES_JA = "私は学生です。\n猫が好きです。\n私は学生です。";
  private static final String PARAS_JA = "私は学生です。\n\n猫が好きです。\n\n私は学生です。\n\n東京";
  private static final String TOP2 = "aa bb aa bb cc dd";
  private static final String TOP2_JA = "私は私は猫です。";
  private static final String DUP5 = "one two three four five one two three four five";
  private static final String DUP5_JA = "私は学生です。私は学生です。私は学生です。";

  /** Text, the threshold key, the score, its value worked out by hand, the reason. */
  static Stream<Arguments> measures() {
    return Stream.of(
        Arguments.of(
            "en",
            PARAS,
            "max_dup_para_frac",
            GopherRepetitionStep.S_DUP_PARA_FRAC,
            1.0 / 4,
            GopherRepetitionStep.DUP_PARA_FRAC),
        Arguments.of(
            "en",
            PARAS,
            "max_dup_para_char_frac",
            GopherRepetitionStep.S_DUP_PARA_CHAR_FRAC,
            16.0 / 65,
            GopherRepetitionStep.DUP_PARA_CHAR_FRAC),
        Arguments.of(
            "ja",
            PARAS_JA,
            "max_dup_para_frac",
            GopherRepetitionStep.S_DUP_PARA_FRAC,
            1.0 / 4,
            GopherRepetitionStep.DUP_PARA_FRAC),
        Arguments.of(
            "ja",
            PARAS_JA,
            "max_dup_para_char_frac",
            GopherRepetitionStep.S_DUP_PARA_CHAR_FRAC,
            7.0 / 29,
            GopherRepetitionStep.DUP_PARA_CHAR_FRAC),
        Arguments.of(
            "en",
            LINES,
            "max_dup_line_frac",
            GopherRepetitionStep.S_DUP_LINE_FRAC,
            1.0 / 4,
            GopherRepetitionStep.DUP_LINE_FRAC),
        Arguments.of(
            "en",
            LINES,
            "max_dup_line_char_frac",
            GopherRepetitionStep.S_DUP_LINE_CHAR_FRAC,
            7.0 / 35,
            GopherRepetitionStep.DUP_LINE_CHAR_FRAC),
        Arguments.of(
            "ja",
            LINES_JA,
            "max_dup_line_frac",
            GopherRepetitionStep.S_DUP_LINE_FRAC,
            1.0 / 3,
            GopherRepetitionStep.DUP_LINE_FRAC),
        Arguments.of(
            "ja",
            LINES_JA,
            "max_dup_line_char_frac",
            GopherRepetitionStep.S_DUP_LINE_CHAR_FRAC,
            7.0 / 23,
            GopherRepetitionStep.DUP_LINE_CHAR_FRAC),
        // "aa bb" twice: 2 x 5 characters
        Arguments.of(
            "en",
            TOP2,
            "top.2",
            GopherRepetitionStep.topScore(2),
            10.0 / 17,
            GopherRepetitionStep.topReason(2)),
        // 私|は twice, no space between words in Japanese: 2 x 2 characters
        Arguments.of(
            "ja",
            TOP2_JA,
            "top.2",
            GopherRepetitionStep.topScore(2),
            4.0 / 8,
            GopherRepetitionStep.topReason(2)),
        // the second "one two three four five" repeats: 19 letters
        Arguments.of(
            "en",
            DUP5,
            "dup.5",
            GopherRepetitionStep.dupScore(5),
            19.0 / 47,
            GopherRepetitionStep.dupReason(5)),
        // 私|は|学生|です x 3: the 5-gram at word 4 repeats the one at 0 (私は学生です私, 7)
        Arguments.of(
            "ja",
            DUP5_JA,
            "dup.5",
            GopherRepetitionStep.dupScore(5),
            7.0 / 21,
            GopherRepetitionStep.dupReason(5)));
  }

  @ParameterizedTest(name = "[{index}] {0} {2}")
  @MethodSource("measures")
  void measuresByHandAndDropsOnlyAboveThreshold(
      String language, String text, String key, String score, double expected, String reason) {
    StepResult atThreshold = run(stepWith(key, expected), doc(text, language));
    assertEquals(expected, atThreshold.document().scores().get(score), 1e-12);
    assertEquals(Verdict.KEEP, atThreshold.decision().verdict(), atThreshold.decision()::toString);
    StepResult above = run(stepWith(key, expected - 1e-9), doc(text, language));
    assertEquals(reason, above.decision().reason());
    assertEquals(Verdict.DROP, above.decision().verdict());
    assertEquals(expected, above.decision().scores().get(score), 1e-12);
  }

  @Test
  void topNgramCountsTheMostFrequentNotTheLongest() {
    // "xx yy" three times beats "longword longword" twice, although 2 x 17 > 3 x 5
    String text = "xx yy xx yy xx yy longword longword q longword longword";
    StepResult r = run(stepWith("max_dup_line_frac", 1), doc(text, "en"));
    assertEquals(15.0 / text.length(), r.document().scores().get(GopherRepetitionStep.topScore(2)));
  }

  @Test
  void anNgramSeenOnceIsNotRepetition() {
    StepResult r = run(stepWith("max_dup_line_frac", 1), doc("Too short to keep.", "en"));
    assertEquals(0.0, r.document().scores().get(GopherRepetitionStep.topScore(2)));
    StepResult twice = run(stepWith("max_dup_line_frac", 1), doc("to keep to keep", "en"));
    assertEquals(14.0 / 15, twice.document().scores().get(GopherRepetitionStep.topScore(2)));
  }

  @Test
  void defaultsKeepOrdinaryProseAndDropRepeatedBoilerplate() {
    GopherRepetitionStep step =
        new GopherRepetitionStep(new QualityContext(QualityConfig.defaults()));
    String prose =
        "The committee met on Tuesday to discuss the budget for the coming year.\n"
            + "Several members raised concerns about rising maintenance costs.\n"
            + "A final vote is expected after the public consultation closes in March.";
    assertEquals(Verdict.KEEP, run(step, doc(prose, "en")).decision().verdict());
    String boilerplate = (prose + "\n").repeat(3);
    assertEquals(
        GopherRepetitionStep.DUP_LINE_FRAC, run(step, doc(boilerplate, "en")).decision().reason());
  }

  @Test
  void declaresEveryConfiguredNgramReason() {
    GopherRepetitionStep step =
        new GopherRepetitionStep(
            new QualityContext(
                config(
                    "by_language:\n"
                        + "  ja:\n"
                        + "    gopher_repetition:\n"
                        + "      max_top_ngram_char_frac: {7: 0.5}\n")));
    assertTrue(step.reasons().contains(GopherRepetitionStep.topReason(2)));
    assertTrue(step.reasons().contains(GopherRepetitionStep.topReason(7)));
    assertTrue(step.reasons().contains(GopherRepetitionStep.dupReason(10)));
  }

  @Test
  void emptyTextHasNoRepetition() {
    StepResult r =
        run(new GopherRepetitionStep(new QualityContext(QualityConfig.defaults())), doc("", "en"));
    assertEquals(Verdict.KEEP, r.decision().verdict());
    assertEquals(0.0, r.document().scores().get(GopherRepetitionStep.S_DUP_LINE_CHAR_FRAC));
  }
}
