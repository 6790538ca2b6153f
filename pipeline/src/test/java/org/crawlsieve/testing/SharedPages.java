package org.crawlsieve.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.extract.ExtractConfig;
import org.crawlsieve.warc.RawRecord;

/**
 * The shared gzipped HTML pages ({@code ../shared/data/extraction/trafilatura-eval/html}) as the
 * pipeline's extractor receives them, for CI-only tests that compare a step's output page by page.
 */
public final class SharedPages {
  private SharedPages() {}

  /** The {@code *.html.gz} files of {@code dir}, in name order. */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  /** One page's HTML bytes, un-gzipped. */
  public static byte[] html(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  /**
   * The text the pipeline's default extractor gets from every {@code stride}-th page of {@code
   * dir}, in name order (pages that give no document are left out).
   */
  public static List<String> extractedTexts(Path dir, int stride) throws IOException {
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    List<Path> files = files(dir);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i += stride) {
      Document d =
          extractor
              .extract(response(i, html(files.get(i)), "https://page" + i + ".example.org/"))
              .document();
      if (d != null) {
        out.add(d.text());
      }
    }
    return out;
  }

  /** Page {@code i} as an HTTP 200 {@code text/html} response record at {@code url}. */
  public static RawRecord response(int i, byte[] html, String url) {
    Provenance p =
        new Provenance(
            "CC-TEST",
            "test.warc.gz",
            i,
            html.length,
            "<urn:test:" + i + ">",
            Instant.EPOCH,
            url,
            null,
            200,
            "text/html",
            null);
    return new RawRecord(
        "response",
        p,
        Map.of("content-type", List.of("text/html")),
        null,
        html,
        List.of(),
        null,
        null);
  }
}
