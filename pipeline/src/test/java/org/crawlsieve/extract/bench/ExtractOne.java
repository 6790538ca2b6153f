package org.crawlsieve.extract.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.extract.HtmlExtractor;
import org.crawlsieve.extract.HtmlPage;

/** Prints the extraction of one HTML file (plain or .gz): a tool for looking at failures. */
public final class ExtractOne {
  private ExtractOne() {}

  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      Path p = Path.of(arg);
      byte[] html;
      try (InputStream in = Files.newInputStream(p)) {
        html = arg.endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
      }
      HtmlPage page = new HtmlExtractor().extract(html, null, "http://example.com/");
      System.out.println(
          "== "
              + arg
              + "\n# title: "
              + page.title()
              + "\n# license: "
              + page.license()
              + "\n"
              + page.text());
    }
  }
}
