package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.crawlsieve.extract.ParagraphClassifier.Kind;
import org.crawlsieve.extract.ParagraphClassifier.Paragraph;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second opinion on suspect pages ({@link ParagraphClassifier}, jusText's method): both sides
 * of each per-paragraph threshold, the context rules, and when {@link HtmlExtractor} takes its text
 * over the main pass's.
 */
class ParagraphClassifierTest {
  /** 41 words, 21 of them stop words (0.51), 230 characters: good on its own. */
  private static final String PROSE =
      "The river rose in the night and by the morning it was in the streets of the old town, where"
          + " the water stood at the doors of the shops and the people of the town had to wait"
          + " for it to go down again in the afternoon.";

  /** Without a stop word in the lists: a string of names and numbers. */
  private static final String NAMES = "Zorbex 4411 Quandor Velmitz Harkon Drubel Yaxley Fennimore";

  private static String text(int chars, String from) {
    String s = from.repeat(chars / from.length() + 1).substring(0, chars);
    return s.endsWith(" ") ? s.substring(0, chars - 1) + "x" : s;
  }

  private static Paragraph paragraph(String text, int linkChars, boolean heading) {
    List<Paragraph> ps = ParagraphClassifier.paragraphs(Jsoup.parse("<p>" + text + "</p>").body());
    Paragraph p = ps.get(0);
    return new Paragraph(p.text(), linkChars, p.words(), p.stopWords(), heading);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // name, characters, link characters, expected
    "'long prose, no links', 230, 0, GOOD",
    "'prose at the length limit', 200, 0, NEAR_GOOD",
    "'prose just over it', 201, 0, GOOD",
    "'69 characters: short', 69, 0, SHORT",
    "'70 characters: long enough', 70, 0, NEAR_GOOD",
    "'short with a link', 60, 5, BAD",
    "'links at 20 %', 230, 46, GOOD",
    "'links over 20 %', 230, 47, BAD",
  })
  void classesOneParagraphByLengthAndLinks(String name, int chars, int links, Kind expected) {
    Paragraph p = paragraph(text(chars, PROSE + " "), links, false);
    assertEquals(chars, p.text().length(), "fixture length");
    assertEquals(expected, ParagraphClassifier.alone(p, true), name);
  }

  @Test
  void stopWordsDecideProseOnlyWhenThePageHasThem() {
    Paragraph names = paragraph(text(230, NAMES + " "), 0, false);
    Paragraph prose = paragraph(PROSE, 0, false);
    assertTrue(prose.stopWordDensity() >= ParagraphClassifier.STOPWORDS_HIGH);
    assertTrue(names.stopWordDensity() < ParagraphClassifier.STOPWORDS_LOW);
    assertEquals(Kind.BAD, ParagraphClassifier.alone(names, true));
    // a language not in the lists (or without spaces): length and links decide
    assertEquals(Kind.GOOD, ParagraphClassifier.alone(names, false));
  }

  @Test
  void copyrightLinesAreBad() {
    assertEquals(Kind.BAD, ParagraphClassifier.alone(paragraph("© " + PROSE, 0, false), true));
  }

  static Stream<Arguments> contexts() {
    Paragraph good = paragraph(PROSE, 0, false);
    Paragraph bad = paragraph(PROSE, 100, false); // over 20 % links
    Paragraph shortOne = paragraph("Short line.", 0, false);
    Paragraph nearGood = paragraph(text(120, PROSE + " "), 0, false);
    Paragraph heading = paragraph("Flood in the old town", 0, true);
    return Stream.of(
        Arguments.of("short between good", List.of(good, shortOne, good), Kind.GOOD),
        Arguments.of("short between bad", List.of(bad, shortOne, bad), Kind.BAD),
        Arguments.of("short at the page's start before bad", List.of(shortOne, bad), Kind.BAD),
        Arguments.of(
            "short between good and near-good", List.of(good, shortOne, nearGood, bad), Kind.GOOD),
        Arguments.of("short between good and bad", List.of(good, shortOne, bad), Kind.BAD),
        Arguments.of("near-good next to good", List.of(bad, nearGood, good), Kind.GOOD),
        Arguments.of("near-good between bad", List.of(bad, nearGood, bad), Kind.BAD),
        Arguments.of("heading before good", List.of(bad, heading, good), Kind.GOOD),
        Arguments.of(
            "short non-heading at the same place", List.of(bad, shortOne, good), Kind.BAD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contexts")
  void neighboursDecideShortAndNearGood(String name, List<Paragraph> page, Kind expected) {
    int i = page.size() == 2 ? 0 : 1;
    assertEquals(expected, ParagraphClassifier.classify(page).get(i), name);
  }

  @Test
  void segmentsAtBlocksAndCountsLinkText() {
    List<Paragraph> ps =
        ParagraphClassifier.paragraphs(
            Jsoup.parse(
                    "<div>Intro <b>bold</b> text<p>See <a href=/x>this page</a></p>"
                        + "<script>var x = 1;</script><noscript><p>No script text</p></noscript>"
                        + "<h2>Title</h2></div>")
                .body());
    assertEquals(
        List.of("Intro bold text", "See this page", "No script text", "Title"),
        ps.stream().map(Paragraph::text).toList());
    assertEquals(9, ps.get(1).linkChars());
    assertTrue(ps.get(3).heading());
    assertFalse(ps.get(0).heading());
  }

  static Stream<Arguments> suspectPages() {
    String menu = "<nav><a href=/a>Home</a> <a href=/b>News</a> <a href=/c>About</a></nav>";
    String article = "<p>" + PROSE + "</p><p>" + PROSE.replace("river", "canal") + "</p>";
    return Stream.of(
        Arguments.of(
            "article inside the page header",
            menu + "<header class=header>" + article + "</header><footer>© Example</footer>",
            true),
        Arguments.of(
            "article only in noscript",
            menu + "<div id=app></div><noscript>" + article + "</noscript>",
            true),
        Arguments.of(
            "article under a boilerplate role",
            menu + "<div role=tablist>" + article + "</div>",
            true),
        Arguments.of(
            "a short page: the check finds nothing longer",
            menu + "<main><p>Opening hours: 9 to 5, Monday to Friday.</p></main>",
            false),
        Arguments.of(
            "a page of links: no prose for the check either",
            "<div>" + menu.repeat(5) + "</div>",
            false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suspectPages")
  void takesTheCheckOnlyWhenItFindsMuchMore(String name, String body, boolean checkWins) {
    String html = "<html><body>" + body + "</body></html>";
    String text =
        new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "utf-8", null).text();
    assertEquals(checkWins, text.contains("The river rose in the night"), name + ": " + text);
    if (checkWins) {
      assertFalse(text.contains("About"), name + " menu: " + text);
    }
  }

  @Test
  void aLongMainTextIsNotChecked() {
    // a boilerplate-classed prose block next to a long main text stays out: no second opinion
    String html =
        "<html><body><article>"
            + ("<p>" + PROSE + "</p>").repeat(3)
            + "</article><div class=related><p>"
            + PROSE.replace("river", "Nile")
            + "</p></div></body></html>";
    String text =
        new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8), "utf-8", null).text();
    assertTrue(text.contains("The river rose"), text);
    assertFalse(text.contains("Nile"), text);
  }
}
