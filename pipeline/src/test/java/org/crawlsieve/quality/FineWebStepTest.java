package org.crawlsieve.quality;

import static org.crawlsieve.quality.QualityTesting.config;
import static org.crawlsieve.quality.QualityTesting.doc;
import static org.crawlsieve.quality.QualityTesting.repeat;
import static org.crawlsieve.quality.QualityTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FineWebStepTest {
  private static final FineWebStep DEFAULT =
      new FineWebStep(new QualityContext(QualityConfig.defaults()));

  /** Every FineWeb rule permissive except {@code key}, set to {@code value}. */
  private static FineWebStep stepWith(String key, double value) {
    StringBuilder yaml = new StringBuilder("fineweb:\n");
    yaml.append("  min_line_punct_ratio: ").append(key.equals("min_line_punct_ratio") ? value : 0);
    yaml.append("\n  max_short_line_ratio: ")
        .append(key.equals("max_short_line_ratio") ? value : 1);
    yaml.append("\n  max_char_dup_ratio: ").append(key.equals("max_char_dup_ratio") ? value : 1);
    yaml.append("\n  max_newline_ratio: ").append(key.equals("max_newline_ratio") ? value : 100);
    return new FineWebStep(new QualityContext(config(yaml + "\n")));
  }

  static Stream<Arguments> measures() {
    String long1 = "This line is comfortably longer than thirty characters.";
    return Stream.of(
        Arguments.of(
            "en",
            "One.\nTwo\nThree\nFour",
            "min_line_punct_ratio",
            FineWebStep.S_LINE_PUNCT_RATIO,
            0.25,
            FineWebStep.LINE_PUNCT_RATIO,
            true),
        Arguments.of(
            "ja",
            "私は学生です。\n猫\n犬\n東京",
            "min_line_punct_ratio",
            FineWebStep.S_LINE_PUNCT_RATIO,
            0.25,
            FineWebStep.LINE_PUNCT_RATIO,
            true),
        Arguments.of(
            "en",
            "short\n" + long1 + "\n\n" + long1 + " Again.",
            "max_short_line_ratio",
            FineWebStep.S_SHORT_LINE_RATIO,
            0.5,
            FineWebStep.SHORT_LINE_RATIO,
            false),
        Arguments.of(
            "ja",
            "短い\n" + repeat(5, "私は学生です。", ""),
            "max_short_line_ratio",
            FineWebStep.S_SHORT_LINE_RATIO,
            0.5,
            FineWebStep.SHORT_LINE_RATIO,
            false),
        // "abc" repeated: 3 characters over the 9 that are not newlines
        Arguments.of(
            "en",
            "abc\nabc\nxyz",
            "max_char_dup_ratio",
            FineWebStep.S_CHAR_DUP_RATIO,
            1.0 / 3,
            FineWebStep.CHAR_DUP_RATIO,
            false),
        Arguments.of(
            "ja",
            "私は学生です。\n私は学生です。\n猫",
            "max_char_dup_ratio",
            FineWebStep.S_CHAR_DUP_RATIO,
            7.0 / 15,
            FineWebStep.CHAR_DUP_RATIO,
            false),
        // 2 newlines, 6 words
        Arguments.of(
            "en",
            "one two three\nfour five\nsix",
            "max_newline_ratio",
            FineWebStep.S_NEWLINE_RATIO,
            1.0 / 3,
            FineWebStep.NEWLINE_RATIO,
            false),
        // 1 newline, 8 words (私|は|学生|です|猫|が|好き|です)
        Arguments.of(
            "ja",
            "私は学生です。\n猫が好きです。",
            "max_newline_ratio",
            FineWebStep.S_NEWLINE_RATIO,
            1.0 / 8,
            FineWebStep.NEWLINE_RATIO,
            false));
  }

  @ParameterizedTest(name = "[{index}] {0} {2}")
  @MethodSource("measures")
  void measuresByHandAndDropsOnlyPastThreshold(
      String language,
      String text,
      String key,
      String score,
      double expected,
      String reason,
      boolean minimum) {
    StepResult at = run(stepWith(key, expected), doc(text, language));
    assertEquals(expected, at.document().scores().get(score), 1e-12);
    assertEquals(Verdict.KEEP, at.decision().verdict(), at.decision()::toString);
    double past = minimum ? expected + 1e-9 : expected - 1e-9;
    StepResult beyond = run(stepWith(key, past), doc(text, language));
    assertEquals(reason, beyond.decision().reason());
  }

  /** {@code n} lines, the first {@code punct} ending with a full stop, all long. */
  private static String punctLines(int punct, int n, String language) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String body =
          language.equals("ja")
              ? "私は学生です猫が好きです東京は日本の首都です今日は天気がいいです" + i
              : "line number " + i + " of a list that runs for quite a while";
      lines.add(body + (i < punct ? (language.equals("ja") ? "。" : ".") : ""));
    }
    return String.join("\n", lines);
  }

  @ParameterizedTest(name = "[{index}] {0}: {1} of 25 lines end a sentence -> {2}")
  @CsvSource({
    "en, 3, ", "en, 2, quality.fineweb.line_punct_ratio",
    "ja, 3, ", "ja, 2, quality.fineweb.line_punct_ratio",
  })
  void defaultPunctuationMinimumIsTwelvePercentInclusive(
      String language, int punct, String reason) {
    assertEquals(
        reason, run(DEFAULT, doc(punctLines(punct, 25, language), language)).decision().reason());
  }

  @ParameterizedTest(name = "[{index}] {0}-character line is short: {1}")
  @CsvSource({"30, quality.fineweb.short_line_ratio", "31, "})
  void shortLineIsAtMostThirtyCharacters(int length, String reason) {
    // one short-or-not line and one long line: ratio 0.5 or 0; limit set to 0.4
    FineWebStep step = stepWith("max_short_line_ratio", 0.4);
    String text = "x".repeat(length - 1) + ".\n" + "y".repeat(40) + ".";
    assertEquals(reason, run(step, doc(text, "en")).decision().reason());
  }
}
