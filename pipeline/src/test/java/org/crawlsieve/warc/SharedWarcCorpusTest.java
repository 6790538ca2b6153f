package org.crawlsieve.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.core.ProcessedRecord;
import org.crawlsieve.core.RecordProcessor;
import org.crawlsieve.testing.SharedData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CI-only: every real WARC in {@code ../shared/data/warc/} is read without an exception escaping,
 * and every response/resource record is accounted for against an independent count (a scan of the
 * decompressed bytes for WARC header blocks). Files that break are reported with an offset.
 */
class SharedWarcCorpusTest {
  private static final Pattern HEADER_TYPE =
      Pattern.compile(
          "(?m)^WARC/[0-9.]+\\r?\\n(?:[^\\r\\n]+\\r?\\n){0,40}?WARC-Type: *(response|resource)\\r?$");

  static Stream<Path> files() throws IOException {
    var dir = SharedData.dir("warc");
    if (dir.isEmpty()) {
      // one invocation that skips itself: a parameterized test needs at least one argument
      return Stream.of(Path.of("../shared/data/warc (absent)"));
    }
    try (Stream<Path> s = Files.walk(dir.get())) {
      List<Path> list =
          s.filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().matches(".*\\.(w?arc)(\\.gz)?$"))
              .sorted()
              .toList();
      return list.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyResponseRecordIsAccountedFor(Path file) throws IOException {
    assumeTrue(SharedData.dir("warc").isPresent(), "../shared/data/warc absent");
    RecordProcessor processor =
        new RecordProcessor(org.crawlsieve.config.ConfigLoader.parse("steps: [extract]", "t"));
    long documents = 0;
    FailedInput failure;
    try (InputStream in = Files.newInputStream(file)) {
      WarcFileReader reader =
          new WarcFileReader(in, file.toString(), Files.size(file), InputConfig.defaults());
      while (reader.hasNext()) {
        ProcessedRecord r = processor.process(reader.next());
        assertNotNull(r.document().provenance());
        assertTrue(r.document().provenance().warcLength() >= 0);
        documents++;
      }
      failure = reader.failure();
      long typed =
          reader.typeCounts().getOrDefault("response", 0L)
              + reader.typeCounts().getOrDefault("resource", 0L);
      assertEquals(typed, documents, "every response/resource read becomes one row");
    }
    if (file.getFileName().toString().contains(".arc")) {
      return; // ARC headers are not WARC blocks: no independent count, reading is the test
    }
    long independent = independentCount(file);
    if (failure == null) {
      assertEquals(independent, documents, file + ": independent count differs");
    } else {
      assertTrue(failure.offset() >= 0, "failed file has an offset: " + failure);
      assertTrue(documents <= independent, file + ": read more than exist");
    }
  }

  private static long independentCount(Path file) throws IOException {
    byte[] raw = Files.readAllBytes(file);
    byte[] bytes = raw;
    if (file.toString().endsWith(".gz")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
        in.transferTo(out);
      } catch (IOException e) {
        // a truncated gzip: count what decompressed
      }
      bytes = out.toByteArray();
    }
    Matcher m = HEADER_TYPE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
