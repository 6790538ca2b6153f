package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both sides of the main-text rules added for precision and recall: caption, credit and notice
 * class words, ruby annotations, the lead before the main element, long headings, labels of removed
 * link lists and the link-density limit. Each row is a small page of our own; the rule must fire on
 * the boilerplate and leave the look-alike content alone.
 */
class MainTextRulesTest {
  private static final String ARTICLE = BoilerplateRemovalTest.ARTICLE;

  static Stream<Arguments> removed() {
    return Stream.of(
        Arguments.of(
            "wp-caption box",
            "<div class='wp-caption alignnone'><img src=a.jpg><p class=wp-caption-text>The quay"
                + " at dawn, seen from the old bridge over the river</p></div>",
            "The quay at dawn"),
        Arguments.of(
            "caption stem (captionText)",
            "<div class=imageCaptionText>Sandbags piled high in front of the town hall doors</div>",
            "Sandbags piled high"),
        Arguments.of(
            "photo credit", "<p class=credit>Photo: Jane Doe / Example Agency</p>", "Jane Doe"),
        Arguments.of(
            "image legend",
            "<div class=legend><p>Water levels at the gauge, in metres, over the last week"
                + " of heavy rain.</p></div>",
            "Water levels at the gauge"),
        Arguments.of(
            "call to action",
            "<div class=cta-block><p>Missed the live stream? Watch the full council meeting"
                + " again on our video channel.</p></div>",
            "Missed the live stream"),
        Arguments.of(
            "fact box",
            "<div class=mol-factbox><p>As many as a million homes were flooded in the great"
                + " storm of the last century.</p></div>",
            "a million homes"),
        Arguments.of(
            "community notice",
            "<div class='column community-notice'>This post is a reader blog and does not"
                + " reflect the views of the editors.</div>",
            "reader blog"),
        Arguments.of(
            "affiliate disclaimer",
            "<p class=aawp-disclaimer>The links in this post are affiliate links; we earn a"
                + " commission when you buy.</p>",
            "affiliate links"),
        Arguments.of(
            "consent placeholder of an embed",
            "<div class=third-party-placeholder><p>We respect your privacy: this embedded video"
                + " loads only after you agree.</p></div>",
            "We respect your privacy"),
        Arguments.of(
            "consent manager box",
            "<div id=cmpbox><p>This site uses cookies and similar technologies, choose what you"
                + " allow.</p></div>",
            "similar technologies"),
        Arguments.of(
            "label of a removed link list",
            "<p>Read more:</p><ul><li><a href=/1>Storm hits the coast</a></li>"
                + "<li><a href=/2>Heat wave ends</a></li></ul>"
                + "<p>The clean-up is expected to take several weeks, the council said in a"
                + " statement on Sunday evening.</p>",
            "Read more:"),
        Arguments.of(
            "block with 40% link text",
            "<p>Background: <a href=/r>the full report on flood damage</a> from the council,"
                + " out now in print.</p>",
            "full report on flood damage"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("removed")
  void boilerplateInsideTheArticleIsRemoved(String rule, String furniture, String furnitureText) {
    String html =
        "<html><body><article><h1>Flood</h1>" + ARTICLE + furniture + "</article></body></html>";
    String text = BoilerplateRemovalTest.extract(html);
    assertTrue(text.contains("more rain is coming from the mountains"), text);
    assertFalse(text.contains(furnitureText), rule + ": " + text);
  }

  private static final String LEAD =
      "<div class=intro><p>After three days of rain the river broke its banks on Friday night,"
          + " and the old town woke up under water.</p></div>";

  private static final String MENU =
      "<ul><li><a href=/1>Home</a></li><li><a href=/2>News</a></li><li><a href=/3>Sports"
          + " results</a></li><li><a href=/4>Weather forecast</a></li><li><a href=/5>Local"
          + " politics and elections</a></li><li><a href=/6>Culture and events</a></li></ul>";

  static Stream<Arguments> kept() {
    return Stream.of(
        Arguments.of(
            "lead, menu and article body in one container: the menu stays out",
            "<div>" + LEAD + MENU + "<div class=text>" + ARTICLE + "</div></div>",
            "After three days of rain",
            "Weather forecast"),
        Arguments.of(
            "lead two levels above the article body",
            "<div>"
                + LEAD
                + MENU
                + "<div class=col><div class=text>"
                + ARTICLE
                + "</div><ul><li><a href=/7>Print</a></li><li><a href=/8>Mail</a></li></ul>"
                + "</div></div>",
            "After three days of rain",
            "Local politics"),
        Arguments.of(
            "linky prose before the article is not a lead",
            "<div><div class=teaser><p>Read <a href=/t>our live blog with every update from the"
                + " river</a>, all day.</p></div>"
                + MENU
                + "<div class=text>"
                + ARTICLE
                + "</div></div>",
            "The river rose",
            "our live blog"),
        Arguments.of(
            "ruby annotations are left out, the base text stays",
            "<div>"
                + ARTICLE
                + "<p>町の<ruby>漢字<rt>かんじ</rt></ruby>を<ruby>読<rp>(</rp><rt>よ</rt>"
                + "<rp>)</rp></ruby>みます。</p></div>",
            "町の漢字を読みます。",
            "かんじ"),
        Arguments.of(
            "accreditation is not credit, cmp-text is not a consent box",
            "<div class=accreditation-note><div class=cmp-text>" + ARTICLE + "</div></div>",
            "Volunteers filled sandbags",
            "nothing-to-exclude"),
        Arguments.of(
            "a long heading is text even with nothing after it",
            "<div>"
                + ARTICLE
                + "<h3>The council thanks every volunteer who came out in the rain to fill"
                + " sandbags along the quay</h3></div>",
            "The council thanks every volunteer",
            "nothing-to-exclude"),
        Arguments.of(
            "a short heading with nothing after it is still dropped",
            "<div>" + ARTICLE + "<h3>More from the region</h3></div>",
            "Volunteers filled sandbags",
            "More from the region"),
        Arguments.of(
            "a label before a list of plain items stays",
            "<div>"
                + ARTICLE
                + "<p>You will need:</p><ul><li>two buckets</li><li>rubber boots</li></ul></div>",
            "You will need:",
            "nothing-to-exclude"),
        Arguments.of(
            "block with 20% link text stays",
            "<div>"
                + ARTICLE
                + "<p>The mayor thanked the fire brigade and the <a href=/rc>Red Cross</a> for"
                + " their help during the long night.</p></div>",
            "Red Cross",
            "nothing-to-exclude"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kept")
  void contentIsKept(String rule, String body, String expected, String excluded) {
    String text = BoilerplateRemovalTest.extract("<html><body>" + body + "</body></html>");
    assertTrue(text.contains(expected), rule + ": " + text);
    assertFalse(text.contains(excluded), rule + ": " + text);
  }
}
