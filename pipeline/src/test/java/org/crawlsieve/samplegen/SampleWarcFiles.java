package org.crawlsieve.samplegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;

/** Locates the committed {@code sample-warc/} folder and reads it for tests. */
final class SampleWarcFiles {
  private SampleWarcFiles() {}

  /** The committed folder: {@code crawlsieve.repo} (set by surefire) or the working directory. */
  static Path dir() {
    String repo = System.getProperty("crawlsieve.repo");
    Path base = repo == null ? Path.of("").toAbsolutePath() : Path.of(repo);
    Path dir = base.resolve("sample-warc");
    if (!Files.isDirectory(dir) && base.getParent() != null) {
      dir = base.getParent().resolve("sample-warc"); // run from the pipeline module
    }
    return dir;
  }

  static JsonNode expected() throws IOException {
    return new ObjectMapper().readTree(dir().resolve("expected.json").toFile());
  }

  /** Every record of one file read with the pipeline's reader, and the reader's final state. */
  record Read(List<RawRecord> records, WarcFileReader reader) {}

  static Read read(Path file) throws IOException {
    List<RawRecord> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        WarcFileReader r =
            new WarcFileReader(in, file.toString(), Files.size(file), InputConfig.defaults())) {
      while (r.hasNext()) {
        out.add(r.next());
      }
      return new Read(out, r);
    }
  }
}
