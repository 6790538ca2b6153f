package org.crawlsieve.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Shows the skipped elements with much text and the chosen main elements of one page. */
public final class ExtractDebug {
  private ExtractDebug() {}

  public static void main(String[] args) throws IOException {
    byte[] html;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      html = args[0].endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
    }
    var doc = Jsoup.parse(CharsetSniffer.decode(html, null), "http://example.com/");
    ScoredPage page = ContentScorer.score(doc.body(), true);
    System.out.println("total chars " + page.totalChars());
    for (Element e : page.skipped) {
      int n = e.text().length();
      if (n > 200) {
        System.out.println("SKIP " + n + " " + describe(e) + " <- " + describe(e.parent()));
      }
    }
    page.stats.values().stream()
        .sorted((a, b) -> Double.compare(b.mass, a.mass))
        .limit(8)
        .forEach(
            c ->
                System.out.printf(
                    "MASS %.1f chars %d ld %.2f %s%n",
                    c.mass, c.chars, c.linkDensity(), describe(c.element)));
    for (Element e : MainContentFinder.find(page)) {
      System.out.println("MAIN " + describe(e));
    }
  }

  static String describe(Element e) {
    return e == null
        ? "-"
        : e.normalName()
            + "#"
            + e.id()
            + "."
            + e.className()
            + " role="
            + e.attr("role")
            + " style="
            + e.attr("style");
  }
}
