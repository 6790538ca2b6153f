package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both sides of the trailing-line rule ({@link TextWriter#dropTrailingLabels}): labels ending in a
 * colon and one short non-sentence line at the end of the text go; sentences, long lines, a second
 * short line and a text of one line stay. In the rows {@code /} stands for a line break and
 * {@code @} for a sentence of body text.
 */
class TrailingLinesTest {
  private static final String BODY = "The river rose by two metres overnight, the mayor said.";

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = ';',
      value = {
        // one short line that is not a sentence: furniture
        "@/Back to all news; @",
        "@/Contact; @",
        // 50 characters go, 51 stay (MAX_LABEL_CHARS)
        "@/" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" + "; @",
        "@/"
            + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
            + "; @/"
            + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        // short sentences stay, in any script
        "@/Thanks for reading!; @/Thanks for reading!",
        "@/See you soon.; @/See you soon.",
        "@/Is that all?; @/Is that all?",
        "@/町の漢字を読みます。; @/町の漢字を読みます。",
        // only one such line: the one before it stays
        "@/Photo credit/Contact; @/Photo credit",
        // labels go whatever came before, with one short line after them
        "@/Share this:; @",
        "@/Related:/Contact; @",
        // a text of one line is all there is
        "Contact; Contact",
      })
  void trailingLines(String text, String expected) {
    assertEquals(expand(expected), TextWriter.dropTrailingLabels(expand(text)));
  }

  private static String expand(String row) {
    return row.replace("/", "\n").replace("@", BODY);
  }

  @Test
  void aLinkBackAfterTheArticleIsDroppedFromThePage() {
    String html =
        "<html><body><div class=text>"
            + BoilerplateRemovalTest.ARTICLE
            + "<p>Back to all news</p></div></body></html>";
    String text = BoilerplateRemovalTest.extract(html);
    assertTrue(text.endsWith("more rain is coming from the mountains in the west."), text);
    assertFalse(text.contains("Back to all news"), text);
  }
}
