package org.crawlsieve.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;

/**
 * Extracts every document record of a WARC file to (id, decision, text): the helper behind the
 * CI-only real-WARC tests and the golden test over {@code sample-warc/}.
 */
public final class WarcTexts {
  private WarcTexts() {}

  /** One extracted record. */
  public record Entry(String id, String url, String reason, String text) {}

  public static List<Entry> extract(Path warc, ExtractConfig config) throws IOException {
    List<Entry> out = new ArrayList<>();
    DocumentExtractor extractor = new DocumentExtractor(config);
    try (InputStream in = Files.newInputStream(warc);
        WarcFileReader reader =
            new WarcFileReader(in, warc.toString(), Files.size(warc), InputConfig.defaults())) {
      while (reader.hasNext()) {
        RawRecord raw = reader.next();
        Extraction e = extractor.extract(raw);
        out.add(
            new Entry(
                raw.provenance().recordId(),
                raw.provenance().targetUri(),
                e.decision().reason(),
                e.document().text()));
      }
    }
    return out;
  }
}
