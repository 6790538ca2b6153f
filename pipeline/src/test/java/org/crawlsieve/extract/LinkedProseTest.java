package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both sides of the link-list exception for prose: a {@code <p>} with at least {@link
 * ContentScorer#PROSE_CHARS} (80) characters outside its links stays in the main text however much
 * of it is link text; shorter plain text, or the same text in a list item or div (menus, teaser
 * blurbs), is still left out as a link list.
 */
class LinkedProseTest {

  @ParameterizedTest(name = "{0} with {1} chars outside a 150-char link: kept {2}")
  @CsvSource({
    "p, 80, true",
    "p, 79, false",
    "li, 120, false",
    "div, 120, false",
  })
  void linkHeavyBlock(String tag, int plainChars, boolean kept) {
    assertEquals(80, ContentScorer.PROSE_CHARS);
    String link = "<a href=/source>" + MainBlockChoiceTest.prose("LinkText", 150) + "</a>";
    String block = "<" + tag + ">" + MainBlockChoiceTest.prose("Plain", plainChars) + " " + link;
    block += "</" + tag + ">";
    if (tag.equals("li")) {
      block = "<ul>" + block + "</ul>";
    }
    String html =
        "<html><body><div class=text>"
            + BoilerplateRemovalTest.ARTICLE
            + block
            + BoilerplateRemovalTest.ARTICLE.replace("river", "stream")
            + "</div></body></html>";
    String text = BoilerplateRemovalTest.extract(html);
    assertTrue(text.contains("Volunteers filled sandbags"), text);
    assertEquals(kept, text.contains("Plain"), text);
    assertEquals(kept, text.contains("LinkText"), text);
  }
}
