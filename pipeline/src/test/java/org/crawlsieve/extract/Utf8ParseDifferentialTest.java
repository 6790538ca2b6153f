package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.extract.bench.SharedData;
import org.crawlsieve.testing.SharedPages;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * CI-only (skips without {@code ../shared}): on every shared HTML page (the 990 trafilatura pages
 * and the HTML responses of the sample WARCs), the {@link Utf8Reader} path builds the same DOM and
 * extracts the same {@link HtmlPage} as Jsoup's own stream decoding, its chars are exactly the
 * JDK's, and it refuses a page only when the JDK's strict decoder refuses it too.
 */
class Utf8ParseDifferentialTest {
  private record Page(String name, byte[] html, String httpCharset) {}

  @Test
  void everySharedPageParsesAndExtractsAsWithJsoupsStreamDecoder() throws IOException {
    Path shared = SharedData.locate();
    Assumptions.assumeTrue(shared != null, "no ../shared");
    List<Page> pages = pages(shared);
    assertTrue(pages.size() > 1000, "pages: " + pages.size());
    HtmlExtractor extractor = new HtmlExtractor();
    int fast = 0;
    long fastBytes = 0;
    for (Page p : pages) {
      byte[] html = p.html();
      CharsetSniffer.Decision cs = CharsetSniffer.sniff(html, p.httpCharset());
      Document oracle = HtmlExtractor.parseStream(html, cs, "https://example.org/");
      Document doc = HtmlExtractor.parseUtf8(html, cs, "https://example.org/");
      if (doc != null) {
        fast++;
        fastBytes += html.length - cs.skip();
        assertEquals(oracle.html(), doc.html(), p.name());
        assertEquals(oracle.outputSettings().charset(), doc.outputSettings().charset(), p.name());
        assertEquals(
            new String(html, cs.skip(), html.length - cs.skip(), StandardCharsets.UTF_8),
            decodeAll(html, cs.skip()),
            p.name());
      } else if (cs.charset().equals(StandardCharsets.UTF_8)) {
        // refused: the bytes really are ill-formed (or start with a BOM Jsoup acts on)
        assertThrows(
            CharacterCodingException.class,
            () ->
                StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(html, cs.skip(), html.length - cs.skip())),
            p.name());
      }
      assertEquals(
          extractor.extract(oracle),
          extractor.extract(html, p.httpCharset(), "https://example.org/"),
          p.name());
    }
    System.out.printf(
        Locale.ROOT,
        "Utf8ParseDifferentialTest: %d pages, fast path %d pages, %d bytes%n",
        pages.size(),
        fast,
        fastBytes);
    assertTrue(fast > pages.size() / 2, "fast path on " + fast + " pages");
  }

  private static String decodeAll(byte[] html, int from) {
    Utf8Reader r = new Utf8Reader(html, from, html.length);
    StringBuilder sb = new StringBuilder(html.length);
    char[] buf = new char[2048]; // what Jsoup's CharacterReader asks for at most
    int n;
    while ((n = r.read(buf, 0, buf.length)) > 0) {
      sb.append(buf, 0, n);
    }
    return sb.toString();
  }

  private static List<Page> pages(Path shared) throws IOException {
    List<Page> out = new ArrayList<>();
    for (Path f : SharedPages.files(shared.resolve("data/extraction/trafilatura-eval/html"))) {
      out.add(new Page(f.getFileName().toString(), SharedPages.html(f), null));
    }
    List<Path> warcs;
    try (Stream<Path> s = Files.walk(shared.resolve("data/warc"))) {
      warcs = s.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList();
    }
    for (Path warc : warcs) {
      try (InputStream in = Files.newInputStream(warc);
          WarcFileReader reader =
              new WarcFileReader(in, warc.toString(), Files.size(warc), InputConfig.defaults())) {
        while (reader.hasNext()) {
          RawRecord raw = reader.next();
          String type = raw.provenance().contentType();
          if (raw.readError() == null
              && raw.payload() != null
              && type != null
              && type.toLowerCase(Locale.ROOT).contains("html")) {
            out.add(
                new Page(
                    warc.getFileName() + " " + raw.provenance().targetUri(),
                    raw.payload(),
                    raw.charset()));
          }
        }
      }
    }
    return out;
  }
}
