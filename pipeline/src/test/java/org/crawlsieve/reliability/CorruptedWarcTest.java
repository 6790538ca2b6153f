package org.crawlsieve.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.warc.FailedInput;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * A real gzip WARC (the committed sample) truncated at every record boundary and at many offsets
 * inside records, and with bytes flipped in headers and payloads: every variant ends with the
 * records before the damage read intact, the damage reported with its offset, and no exception.
 */
class CorruptedWarcTest {
  static final Path SAMPLE =
      Path.of(System.getProperty("crawlsieve.repo", ".."))
          .resolve("sample-warc/CC-MAIN-2026-08-sample-00000.warc.gz");
  static byte[] clean;
  static List<RawRecord> cleanRecords;

  /** Offsets of every record (all WARC types), then the file length. */
  static List<Long> boundaries = new ArrayList<>();

  @BeforeAll
  static void readClean() throws IOException {
    clean = Files.readAllBytes(SAMPLE);
    cleanRecords = read(clean).records;
    try (WarcReader r = new WarcReader(new ByteArrayInputStream(clean))) {
      for (WarcRecord rec : r) {
        boundaries.add(rec.position());
      }
    }
    boundaries.add((long) clean.length);
    assertTrue(cleanRecords.size() > 50);
  }

  record Read(List<RawRecord> records, FailedInput failure) {}

  static Read read(byte[] bytes) throws IOException {
    WarcFileReader r =
        new WarcFileReader(
            new ByteArrayInputStream(bytes), "x.warc.gz", bytes.length, InputConfig.defaults());
    List<RawRecord> out = new ArrayList<>();
    r.forEachRemaining(out::add);
    return new Read(out, r.failure());
  }

  /** Every clean record that ends before {@code damage} is read, and read identically. */
  static void assertIntactBefore(Read read, long damage) {
    int i = 0;
    for (RawRecord want : cleanRecords) {
      long end = want.provenance().warcOffset() + want.provenance().warcLength();
      if (end > damage) {
        break;
      }
      assertTrue(
          i < read.records.size(),
          "record at " + want.provenance().warcOffset() + " lost, damage at " + damage);
      RawRecord got = read.records.get(i++);
      assertEquals(want.provenance().recordId(), got.provenance().recordId());
      assertEquals(want.provenance().warcOffset(), got.provenance().warcOffset());
      assertNull(got.readError());
      assertArrayEquals(want.payload(), got.payload());
    }
  }

  @Test
  void truncatedAtEveryRecordBoundary() throws IOException {
    int variants = 0;
    for (long b : boundaries) {
      Read read = read(Arrays.copyOf(clean, (int) b));
      assertIntactBefore(read, b);
      long expected = cleanRecords.stream().filter(r -> r.provenance().warcOffset() < b).count();
      assertEquals(expected, read.records.size(), "cut at boundary " + b);
      assertNull(read.failure, "a cut at a boundary is a shorter, valid file: " + b);
      variants++;
    }
    System.out.println("truncated at " + variants + " record boundaries");
  }

  @Test
  void truncatedInsideRecords() throws IOException {
    Random random = new Random(2026);
    int variants = 0;
    int reported = 0;
    for (int i = 0; i < 300; i++) {
      int cut = 1 + random.nextInt(clean.length - 1);
      if (boundaries.contains((long) cut)) {
        continue;
      }
      Read read = read(Arrays.copyOf(clean, cut));
      assertIntactBefore(read, cut);
      assertNotNull(read.failure, "a cut inside a record is reported, cut at " + cut);
      long damagedRecord =
          boundaries.stream().filter(b -> b < cut).mapToLong(Long::longValue).max().orElse(0);
      assertEquals(damagedRecord, read.failure.offset(), "offset of the damaged record");
      variants++;
      reported++;
    }
    System.out.println(
        "truncated inside records: "
            + variants
            + " variants, "
            + reported
            + " reported with the damaged record's offset");
  }

  @Test
  void flippedBytesInHeadersAndPayloads() throws IOException {
    Random random = new Random(7);
    int variants = 0;
    int detected = 0;
    int atDamagedRecord = 0;
    int digests = 0;
    for (int i = 0; i < 300; i++) {
      byte[] damaged = clean.clone();
      int at = random.nextInt(damaged.length);
      damaged[at] ^= (byte) (1 + random.nextInt(255));
      Read read = read(damaged);
      long recordStart =
          boundaries.stream().filter(b -> b <= at).mapToLong(Long::longValue).max().orElse(0);
      assertIntactBefore(read, recordStart);
      boolean digestCaught =
          read.records.stream().anyMatch(r -> WarcFileReader.DIGEST_MISMATCH.equals(r.readError()));
      digests += digestCaught ? 1 : 0;
      if (read.failure == null && digestCaught) {
        detected++;
      }
      if (read.failure != null) {
        detected++;
        // a flipped length field is only noticed where the parser loses its way: at or after
        // the damaged record, never before it
        assertTrue(read.failure.offset() >= recordStart, "failure reported before the damage");
        atDamagedRecord += read.failure.offset() == recordStart ? 1 : 0;
      }
      variants++;
    }
    System.out.println(
        "flipped bytes: "
            + variants
            + " variants, "
            + detected
            + " detected ("
            + atDamagedRecord
            + " files failed at the damaged record itself, "
            + digests
            + " records caught by their WARC-Block-Digest; the rest changed bytes in gzip"
            + " header fields or record parts no digest covers)");
  }
}
