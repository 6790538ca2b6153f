package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each 1 MB adversarial input ({@link AdversarialInputs}) goes through every detector and comes out
 * with the right spans. No timing here: the benchmark ({@code scripts/bench-pii.sh}) times them;
 * this test fails on a wrong answer, an exception or a hang.
 */
class AdversarialInputTest {
  private static final PiiScanner SCANNER = PiiDetectors.scanner(PiiConfig.defaults());

  /** Inputs that do hold matches, with how many; every other input holds none. */
  private static final Map<String, Integer> EXPECTED =
      Map.of(
          "email: a@b.c glued", 104857, // "a@b.ca" then "@b.ca" … each a valid address
          "secret: jwt dots", 1,
          "secret: pem begin lines", 64); // one block per MAX_PEM chars of header lines

  static Stream<Arguments> inputs() {
    return AdversarialInputs.all(1 << 20).entrySet().stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void terminatesWithDisjointInBoundsSpans(String name, String text) {
    List<PiiSpan> spans = SCANNER.scan(text);
    int last = 0;
    for (PiiSpan s : spans) {
      assertTrue(s.start() >= last && s.end() <= text.length(), "disjoint, sorted, in bounds");
      last = s.end();
    }
    assertEquals(EXPECTED.getOrDefault(name, 0), spans.size());
  }

  /**
   * Random texts over the chars every detector reacts to (seeded, so reproducible): no detector may
   * throw, and every span must be in bounds, disjoint and replaceable.
   */
  @Test
  void randomTextsOverTriggerCharsNeverBreakTheScanner() {
    String alphabet = "0123456789 .-:/@[]()+#xXeyJAKIAGBabcdefsk_Z\n\u00e9\uD83D\uDE00";
    java.util.Random random = new java.util.Random(42);
    Map<PiiType, String> tokens = PiiConfig.defaults().replacementTokens();
    for (int t = 0; t < 3000; t++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(300);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int last = 0;
      for (PiiSpan s : SCANNER.scan(text)) {
        assertTrue(s.start() >= last && s.end() <= text.length(), text);
        last = s.end();
      }
      SCANNER.scrub(text, tokens);
    }
  }
}
