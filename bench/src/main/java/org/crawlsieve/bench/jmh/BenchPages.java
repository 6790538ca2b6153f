package org.crawlsieve.bench.jmh;

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
import org.crawlsieve.core.Provenance;
import org.crawlsieve.warc.RawRecord;

/**
 * The pages the microbenchmarks run on: every {@code stride}-th page of the trafilatura evaluation
 * set in ../shared, as the raw records the WARC reader would hand the extractor.
 */
final class BenchPages {
  private BenchPages() {}

  static Path shared() {
    String env = System.getenv("CRAWLSIEVE_SHARED");
    String prop = System.getProperty("crawlsieve.shared");
    Path p = Path.of(prop != null ? prop : env != null ? env : "../shared");
    if (!Files.isDirectory(p.resolve("data/extraction/trafilatura-eval/html"))) {
      throw new IllegalStateException(
          "benchmark pages not found: set CRAWLSIEVE_SHARED to the shared folder (now " + p + ")");
    }
    return p;
  }

  static List<RawRecord> load(int stride) throws IOException {
    Path dir = shared().resolve("data/extraction/trafilatura-eval/html");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    List<RawRecord> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i += stride) {
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(files.get(i)))) {
        html = in.readAllBytes();
      }
      String url = "https://bench" + i + ".example.org/page" + i + ".html";
      Provenance p =
          new Provenance(
              "CC-BENCH",
              "bench.warc.gz",
              i,
              html.length,
              "<urn:bench:" + i + ">",
              Instant.EPOCH,
              url,
              null,
              200,
              "text/html",
              null);
      out.add(
          new RawRecord(
              "response",
              p,
              Map.of("content-type", List.of("text/html")),
              null,
              html,
              List.of(),
              null,
              null));
    }
    return out;
  }
}
