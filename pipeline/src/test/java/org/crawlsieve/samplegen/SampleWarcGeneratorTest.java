package org.crawlsieve.samplegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed sample is exactly what the generator writes: regenerating gives the same bytes, so
 * the files never drift from the program (run {@code make sample} after changing it).
 */
class SampleWarcGeneratorTest {
  @TempDir static Path first;
  @TempDir static Path second;
  private static List<Path> written;

  @BeforeAll
  static void generateTwice() throws IOException {
    written = SampleWarcGenerator.generate(first);
    SampleWarcGenerator.generate(second);
  }

  @Test
  void generatingTwiceGivesIdenticalBytes() throws IOException {
    for (Path p : written) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(p)),
          Files.readAllBytes(second.resolve(p)),
          p.toString());
    }
  }

  @Test
  void committedSampleEqualsGeneratorOutput() throws IOException {
    Path committed = SampleWarcFiles.dir();
    for (Path p : written) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(p)),
          Files.readAllBytes(committed.resolve(p)),
          p + " differs from the generator's output: run `make sample` and commit");
    }
    try (Stream<Path> files = Files.walk(committed)) {
      long generatedThere =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals("README.md"))
              .count();
      assertEquals(written.size(), generatedThere, "stale files in sample-warc/");
    }
  }

  /** Every gzip member header has modification time 0 (bytes 4-7), or bytes would vary by run. */
  @Test
  void gzipMembersCarryNoTimestamp() throws IOException {
    int members = 0;
    for (Path p : written) {
      if (!p.toString().endsWith(".gz")) {
        continue;
      }
      byte[] b = Files.readAllBytes(first.resolve(p));
      assertTrue(b.length > 10 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b, p.toString());
      assertEquals(0, b[4] | b[5] | b[6] | b[7], p + " mtime");
      members++;
    }
    assertEquals(8, members);
  }

  @Test
  void sampleStaysSmall() throws IOException {
    long total = 0;
    for (Path p : written) {
      total += Files.size(first.resolve(p));
    }
    assertTrue(total < 3_000_000, "sample is " + total + " bytes");
  }
}
