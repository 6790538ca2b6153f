package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per boilerplate rule: a small page of our own with an article and one kind of page
 * furniture; the article text must come out and the furniture must not.
 */
class BoilerplateRemovalTest {
  static final String ARTICLE =
      "<p>The river rose by two metres overnight, and the town council opened the emergency"
          + " shelters before dawn, according to the mayor.</p>"
          + "<p>Volunteers filled sandbags along the quay while the fire brigade pumped water out"
          + " of the cellars of the old town, which flooded for the first time since 1998.</p>"
          + "<p>Forecasters expect the water to fall slowly over the weekend, but warn that more"
          + " rain is coming from the mountains in the west.</p>";

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("nav element", "<nav><a href=/a>Home</a> <a href=/b>Sports</a></nav>", "Home"),
        Arguments.of(
            "footer element", "<footer><p>Copyright 2024 Daily Example</p></footer>", "Copyright"),
        Arguments.of(
            "aside element",
            "<aside><p>Most read this week: nothing at all</p></aside>",
            "Most read"),
        Arguments.of(
            "site header", "<header><div>Daily Example, since 1850</div></header>", "since 1850"),
        Arguments.of(
            "cookie banner class",
            "<div class=cookie-banner><p>We use cookies to"
                + " improve your experience, accept them all now please.</p></div>",
            "We use cookies"),
        Arguments.of(
            "consent id",
            "<div id=gdpr-consent><p>Your privacy choices matter to us"
                + " and our partners, decide now.</p></div>",
            "privacy choices"),
        Arguments.of(
            "comments section",
            "<div id=comments><p>Great article, thanks a lot, I"
                + " enjoyed reading every word of it!</p></div>",
            "Great article"),
        Arguments.of(
            "camelCase class",
            "<div class=commentList><p>First! This comment is long"
                + " enough to look like prose, really.</p></div>",
            "First!"),
        Arguments.of(
            "share widget",
            "<div class=social-share><span>Share on Facebook</span>"
                + "<span>Share on X</span></div>",
            "Share on"),
        Arguments.of(
            "related links list",
            "<ul><li><a href=/1>Storm hits coast</a></li>"
                + "<li><a href=/2>Heat wave ends</a></li><li><a href=/3>New bridge opens</a></li>"
                + "</ul>",
            "Heat wave"),
        Arguments.of(
            "related class",
            "<div class=related-posts><p>You may also like these"
                + " stories about the weather and rivers.</p></div>",
            "You may also like"),
        Arguments.of(
            "newsletter box",
            "<div class=newsletter><p>Subscribe to our newsletter for"
                + " the best stories, every morning.</p></div>",
            "Subscribe to"),
        Arguments.of(
            "inline display none",
            "<div style='display: none'><p>Hidden text that a"
                + " reader never sees on the page at all.</p></div>",
            "Hidden text"),
        Arguments.of(
            "hidden attribute",
            "<div hidden><p>Also hidden text that nobody can see on" + " the page, ever.</p></div>",
            "Also hidden"),
        Arguments.of(
            "aria-hidden",
            "<div aria-hidden=true><p>Screen readers and eyes skip this"
                + " duplicate teaser text.</p></div>",
            "duplicate teaser"),
        Arguments.of(
            "role navigation",
            "<div role=navigation><span>Politics</span>" + "<span>Business</span></div>",
            "Politics"),
        Arguments.of(
            "breadcrumb",
            "<div class=breadcrumbs><span>Home</span> &gt; "
                + "<span>Local news and weather</span></div>",
            "Local news and weather"),
        Arguments.of(
            "script and style",
            "<script>var tracking = 'script text';</script>" + "<style>.x{color:red}</style>",
            "script text"),
        Arguments.of(
            "form controls",
            "<form><label>Your e-mail address</label><input name=e>"
                + "<button>Send it</button></form>",
            "Your e-mail"),
        Arguments.of(
            "image caption",
            "<figure><img src=a.jpg><figcaption>Photo: Jane Doe /"
                + " Agency</figcaption></figure>",
            "Photo: Jane Doe"),
        Arguments.of(
            "post metadata",
            "<div class=entry-meta><span>Posted on 12 March by"
                + " the editors of this fine paper</span></div>",
            "Posted on 12 March"));
  }

  static Stream<Arguments> insideArticle() {
    return Stream.of(
        Arguments.of(
            "heading left without its link list",
            "<h3>Related stories</h3><ul><li><a href=/1>Storm</a></li><li><a href=/2>Heat</a>"
                + "</li></ul>",
            "Related stories"),
        Arguments.of(
            "trailing label of a removed widget",
            "<p>Share this:</p><div class=sharedaddy><a href=/fb>Facebook</a></div>",
            "Share this:"),
        Arguments.of("single read-more link", "<p><a href=/more>Read more</a></p>", "Read more"),
        Arguments.of(
            "author box",
            "<div class=author-box><div class=entry-content><p>Jane writes"
                + " about rivers, bridges and the people who live near them.</p></div></div>",
            "Jane writes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("insideArticle")
  void furnitureInsideTheArticleIsRemoved(String rule, String furniture, String furnitureText) {
    String html =
        "<html><body><article><h1>Flood</h1>" + ARTICLE + furniture + "</article></body></html>";
    String text = extract(html);
    assertTrue(text.contains("more rain is coming from the mountains"), text);
    assertFalse(text.contains(furnitureText), rule + ": " + text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void furnitureIsRemovedAndArticleKept(String rule, String furniture, String furnitureText) {
    String html =
        "<html><head><title>Flood</title></head><body>"
            + furniture
            + "<div class=main><article><h1>Flood in the old town</h1>"
            + ARTICLE
            + "</article></div>"
            + furniture
            + "</body></html>";
    String text = extract(html);
    assertTrue(text.contains("The river rose by two metres"), text);
    assertTrue(text.contains("more rain is coming from the mountains"), text);
    assertFalse(text.contains(furnitureText), rule + ": " + text);
  }

  static Stream<Arguments> kept() {
    return Stream.of(
        Arguments.of(
            "header inside article keeps its heading",
            "<div><article><header><h1>Flood warning issued</h1></header>"
                + ARTICLE
                + "</article></div>",
            "Flood warning issued"),
        Arguments.of(
            "wrapper classed has-sidebar still holds the article",
            "<div class='site-wrapper has-sidebar'><article><h1>Flood</h1>"
                + ARTICLE
                + "</article><div class=sidebar><p>Sidebar text for people who scroll a"
                + " lot.</p></div></div>",
            "The river rose"),
        Arguments.of(
            "page-builder widget wrappers hold the content",
            "<div class=elementor-widget-wrap><div class='elementor-widget"
                + " elementor-widget-theme-post-content'><div class=elementor-widget-container>"
                + ARTICLE
                + "</div></div></div>",
            "Volunteers filled sandbags"),
        Arguments.of(
            "heading with a nav-like anchor id",
            "<div class=entry-content>"
                + ARTICLE
                + "<h3 id=nav_outlook>Outlook for the"
                + " weekend</h3>"
                + ARTICLE
                + "</div>",
            "Outlook for the weekend"),
        Arguments.of(
            "word 'shareholder' is not 'share'",
            "<div class=shareholder-news>" + ARTICLE + "</div>",
            "Volunteers filled"),
        Arguments.of(
            "heading followed by its section stays",
            "<div>" + ARTICLE + "<h3>What comes next</h3>" + ARTICLE + "</div>",
            "What comes next"),
        Arguments.of(
            "a label followed by text stays",
            "<div>"
                + ARTICLE
                + "<p>Opening hours:</p><p>Monday to Friday, 9 to 5, closed on"
                + " public holidays and in August.</p></div>",
            "Opening hours:"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kept")
  void contentIsKept(String rule, String body, String expected) {
    String text = extract("<html><body>" + body + "</body></html>");
    assertTrue(text.contains(expected), rule + ": " + text);
  }

  static String extract(String html) {
    return new HtmlExtractor()
        .extract(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://example.org/a")
        .text();
  }
}
