package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crawlsieve.core.MetaTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paragraph structure, title, meta tags and licence of extracted pages. */
class HtmlStructureTest {
  private static final String PROSE =
      "<p>Alpha paragraph with enough words to be read as prose by the extractor, and a comma.</p>";

  private static HtmlPage page(String body, String head) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new HtmlExtractor()
        .extract(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://example.org/dir/page");
  }

  @Test
  void blocksHeadingsListItemsAndTableRowsAreLines() {
    String body =
        "<article><h2>Heading  one</h2>"
            + PROSE
            + "<ul><li>first item</li><li>second <b>bold</b> item</li></ul>"
            + "<table><tr><th>Name</th><th>Value</th></tr><tr><td>width</td><td>3 m</td></tr>"
            + "</table><p>line one<br>line two</p>"
            + PROSE
            + "</article>";
    List<String> lines = List.of(page(body, "").text().split("\n"));
    assertEquals("Heading one", lines.get(0));
    assertTrue(lines.contains("first item"), lines.toString());
    assertTrue(lines.contains("second bold item"), lines.toString());
    assertTrue(lines.contains("Name | Value"), lines.toString());
    assertTrue(lines.contains("width | 3 m"), lines.toString());
    assertTrue(lines.contains("line one") && lines.contains("line two"), lines.toString());
  }

  @Test
  void whitespaceAndEntitiesAreNormalised() {
    // prose after it: a short last line would be dropped as furniture (TrailingLinesTest)
    String text =
        page("<div>" + PROSE + "<p>  a&nbsp;&nbsp;b \n\t c  </p>" + PROSE + "</div>", "").text();
    assertTrue(text.contains("\na b c\n"), text);
  }

  @Test
  void titleIsKept() {
    assertEquals("My  page".replace("  ", " "), page(PROSE, "<title> My page </title>").title());
    assertNull(page(PROSE, "").title());
  }

  @Test
  void metaTagsAreCollectedWithLowerCasedNames() {
    HtmlPage p =
        page(
            PROSE,
            "<meta name=ROBOTS content='noai, noimageai'><meta http-equiv=Content-Type"
                + " content='text/html'><meta property=og:title content=T><meta charset=utf-8>");
    assertEquals(
        List.of(
            new MetaTag("robots", "noai, noimageai"),
            new MetaTag("content-type", "text/html"),
            new MetaTag("og:title", "T")),
        p.metaTags());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rel=license on a link | <a rel=license href=/terms>terms</a> |"
            + " https://example.org/terms",
        "rel=license on link | <link rel='license' href='https://l.example/x'> |"
            + " https://l.example/x",
        "Creative Commons link | <a href='//creativecommons.org/licenses/by/4.0/'>CC</a> |"
            + " https://creativecommons.org/licenses/by/4.0/",
        "public domain deed | <a href='https://creativecommons.org/publicdomain/zero/1.0/'>0</a>"
            + " | https://creativecommons.org/publicdomain/zero/1.0/",
        "meta license | <meta name=license content='https://opensource.org/licenses/MIT'> |"
            + " https://opensource.org/licenses/MIT",
        "meta dc.rights | <meta name=DC.rights content='../rights.html'> |"
            + " https://example.org/rights.html",
        "schema.org itemprop | <link itemprop=license href='/lic'> | https://example.org/lic",
        "JSON-LD string | <script type='application/ld+json'>{\"@type\":\"Article\","
            + "\"license\": \"https://creativecommons.org/licenses/by-sa/4.0/\"}</script> |"
            + " https://creativecommons.org/licenses/by-sa/4.0/",
        "JSON-LD object | <script type='application/ld+json'>{\"license\": {\"@id\":"
            + " \"https:\\/\\/example.org\\/l\"}}</script> | https://example.org/l",
        "rel=license wins over a later CC link | <a href='https://creativecommons.org/licenses/"
            + "by/2.0/'>x</a><a rel='nofollow license' href='https://a.example/l'>l</a> |"
            + " https://a.example/l",
        "free-text rights are not a URL | <meta name=dc.rights content='All rights reserved'> |",
        "CC home page is not a licence | <a href='https://creativecommons.org/about'>CC</a> |",
      })
  void licenceIsFoundAsAbsoluteUrl(String source, String markup, String expected) {
    HtmlPage p =
        page(
            "<footer>" + markup + "</footer>" + PROSE,
            markup.contains("<meta") || markup.contains("<link") ? markup : "");
    assertEquals(expected, p.license(), source);
  }
}
