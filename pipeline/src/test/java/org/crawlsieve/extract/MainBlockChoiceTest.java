package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both sides of the session-3 rules that choose the main block when two plausible blocks compete: a
 * comment box dropped by its class against the article outside it. Each row is a small page of our
 * own.
 */
class MainBlockChoiceTest {
  private static final String ARTICLE = BoilerplateRemovalTest.ARTICLE;

  /** Prose of exactly {@code chars} non-space characters, starting with {@code marker}. */
  static String prose(String marker, int chars) {
    StringBuilder out = new StringBuilder(marker);
    int n = marker.replace(" ", "").length();
    String[] words = {"water,", "rose", "along", "the", "quay."};
    for (int i = 0; n < chars; i++) {
      String w = words[i % words.length];
      if (n + w.length() > chars) {
        w = "x".repeat(chars - n);
      }
      out.append(' ').append(w);
      n += w.length();
    }
    return out.toString();
  }

  static Stream<Arguments> commentBoxAgainstArticle() {
    String comments =
        "<div class=comments><div class=comment><p>"
            + prose("LongComment", 900)
            + "</p></div></div>";
    return Stream.of(
        Arguments.of(
            "a long comment after the article: the article wins",
            "<article><h1>Flood</h1>" + ARTICLE + "</article>" + comments,
            "more rain is coming from the mountains",
            "LongComment"),
        Arguments.of(
            "a long comment before the article: the article wins",
            comments + "<div class=text>" + ARTICLE + "</div>",
            "Volunteers filled sandbags",
            "LongComment"),
        Arguments.of(
            "nothing but a caption outside the box: the box is the content",
            "<div class=comments><p>"
                + prose("BoxText", 900)
                + "</p></div><p>Photo of the quay.</p>",
            "BoxText",
            "nothing-to-exclude"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commentBoxAgainstArticle")
  void commentBoxAgainstArticle(String rule, String body, String expected, String excluded) {
    String text = BoilerplateRemovalTest.extract("<html><body>" + body + "</body></html>");
    assertTrue(text.contains(expected), rule + ": " + text);
    assertFalse(text.contains(excluded), rule + ": " + text);
  }

  /** The kept block needs {@link MainContentFinder#KEPT_SHARE} (0.3) of the box's mass: 300. */
  @ParameterizedTest(name = "kept prose of {0} against a 1000-char box: kept block wins {1}")
  @CsvSource({"310, true", "290, false"})
  void keptShareThreshold(int keptChars, boolean keptWins) {
    assertEquals(0.3, MainContentFinder.KEPT_SHARE);
    String html =
        "<html><body><div class=comment-list><p>"
            + prose("BoxText", 1000)
            + "</p></div><div><p>"
            + prose("KeptText", keptChars)
            + "</p></div></body></html>";
    String text = BoilerplateRemovalTest.extract(html);
    assertEquals(keptWins, text.contains("KeptText"), text);
    assertEquals(!keptWins, text.contains("BoxText"), text);
  }
}
