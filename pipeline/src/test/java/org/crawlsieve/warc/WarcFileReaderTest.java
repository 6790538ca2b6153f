package org.crawlsieve.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.testing.TestWarc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcTruncationReason;

class WarcFileReaderTest {

  private static List<RawRecord> readAll(WarcFileReader reader) {
    List<RawRecord> out = new ArrayList<>();
    reader.forEachRemaining(out::add);
    return out;
  }

  private static WarcFileReader reader(byte[] warc, InputConfig bounds) throws IOException {
    return new WarcFileReader(new ByteArrayInputStream(warc), "test.warc.gz", warc.length, bounds);
  }

  private static TestWarc threePages(boolean gzip) {
    TestWarc w = new TestWarc(gzip).warcinfo("CC-MAIN-2026-08");
    for (int i = 0; i < 3; i++) {
      String url = "https://example.org/page" + i;
      w.request(url);
      w.response(
          url,
          TestWarc.http(
              200,
              TestWarc.html("Page " + i, "<p>Hello " + i + "</p>"),
              "Content-Type",
              "text/html; charset=utf-8"));
    }
    return w;
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsResponsesWithProvenanceAndCountsEveryType(boolean gzip) throws IOException {
    TestWarc w = threePages(gzip);
    byte[] warc = w.bytes();
    WarcFileReader r = reader(warc, InputConfig.defaults());
    List<RawRecord> records = readAll(r);

    assertEquals(3, records.size());
    assertEquals(1L, r.typeCounts().get("warcinfo"));
    assertEquals(3L, r.typeCounts().get("request"));
    assertEquals(3L, r.typeCounts().get("response"));
    assertNull(r.failure());
    for (int i = 0; i < 3; i++) {
      RawRecord rec = records.get(i);
      int index = 2 + 2 * i; // warcinfo, then request/response pairs
      assertEquals(w.ids().get(index), rec.provenance().recordId());
      assertEquals(w.offsets().get(index), rec.provenance().warcOffset());
      long expectedEnd = index + 1 < w.offsets().size() ? w.offsets().get(index + 1) : warc.length;
      assertEquals(expectedEnd - w.offsets().get(index), rec.provenance().warcLength());
      assertEquals("CC-MAIN-2026-08", rec.provenance().crawl());
      assertEquals(200, rec.provenance().httpStatus());
      assertEquals("text/html", rec.provenance().contentType());
      assertEquals("utf-8", rec.charset());
      assertTrue(new String(rec.payload(), StandardCharsets.UTF_8).contains("Hello " + i));
    }
  }

  @Test
  void recordAtOffsetAndLengthIsTheSameRecord() throws IOException {
    TestWarc w = threePages(true);
    byte[] warc = w.bytes();
    for (RawRecord rec : readAll(reader(warc, InputConfig.defaults()))) {
      int from = (int) rec.provenance().warcOffset();
      byte[] slice = Arrays.copyOfRange(warc, from, from + (int) rec.provenance().warcLength());
      List<RawRecord> again = readAll(reader(slice, InputConfig.defaults()));
      assertEquals(1, again.size());
      assertEquals(rec.provenance().recordId(), again.get(0).provenance().recordId());
    }
  }

  @Test
  void decodesChunkedAndGzipContentEncoding() throws IOException {
    byte[] html = TestWarc.html("Zipped", "<p>compressed body text</p>");
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(html);
    }
    byte[] zipped = gz.toByteArray();
    ByteArrayOutputStream chunked = new ByteArrayOutputStream();
    chunked.writeBytes(
        (Integer.toHexString(zipped.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    chunked.writeBytes(zipped);
    chunked.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    byte[] warc =
        new TestWarc(true)
            .response(
                "http://zip.example/",
                TestWarc.http(
                    200,
                    chunked.toByteArray(),
                    "Content-Type",
                    "text/html",
                    "Content-Encoding",
                    "gzip",
                    "Transfer-Encoding",
                    "chunked"))
            .bytes();
    RawRecord rec = readAll(reader(warc, InputConfig.defaults())).get(0);
    assertArrayEquals(html, rec.payload());
    assertTrue(rec.flags().isEmpty(), rec.flags().toString());
    assertEquals(List.of("gzip"), rec.headers().get("content-encoding"));
  }

  @Test
  void gzipBombIsCutAtTheDecodedBound() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(new byte[4 * 1024 * 1024]);
    }
    byte[] warc =
        new TestWarc(true)
            .response(
                "http://bomb.example/",
                TestWarc.http(
                    200, gz.toByteArray(), "Content-Type", "text/html", "Content-Encoding", "gzip"))
            .bytes();
    RawRecord rec = readAll(reader(warc, new InputConfig(null, 10_000_000L, 100_000L))).get(0);
    assertEquals(100_000, rec.payload().length);
    assertTrue(rec.flags().contains("http.decoded_cut"));
  }

  @Test
  void brokenContentEncodingIsFlaggedNotFatal() throws IOException {
    byte[] warc =
        new TestWarc(true)
            .response(
                "http://bad.example/",
                TestWarc.http(
                    200,
                    "not gzip at all".getBytes(StandardCharsets.US_ASCII),
                    "Content-Type",
                    "text/html",
                    "Content-Encoding",
                    "gzip"))
            .response("http://good.example/", TestWarc.http(200, TestWarc.html("ok", "fine")))
            .bytes();
    WarcFileReader r = reader(warc, InputConfig.defaults());
    List<RawRecord> records = readAll(r);
    assertEquals(2, records.size());
    // nothing decodes from the first byte: the body was stored without the declared encoding
    assertTrue(records.get(0).flags().contains("http.encoding_not_applied"));
    assertEquals(
        "not gzip at all", new String(records.get(0).payload(), StandardCharsets.US_ASCII));
    assertNull(r.failure());
  }

  @Test
  void emptyBodyUnderAContentEncodingIsEmptyAndUnflagged() throws IOException {
    byte[] warc =
        new TestWarc(true)
            .response(
                "http://empty.example/",
                TestWarc.http(
                    200, new byte[0], "Content-Type", "text/html", "Content-Encoding", "gzip"))
            .bytes();
    RawRecord rec = readAll(reader(warc, InputConfig.defaults())).get(0);
    assertEquals(0, rec.payload().length);
    assertFalse(rec.flags().contains("http.encoding_not_applied"), rec.flags().toString());
    assertFalse(rec.flags().contains("http.decode_error"), rec.flags().toString());
  }

  @Test
  void contentEncodingBrokenMidStreamKeepsWhatDecoded() throws IOException {
    StringBuilder words = new StringBuilder("decoded text");
    java.util.Random random = new java.util.Random(7);
    while (words.length() < 200_000) {
      words.append(' ').append(Long.toString(random.nextLong(), 36));
    }
    byte[] text = words.toString().getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(text);
    }
    byte[] damaged = Arrays.copyOf(gz.toByteArray(), gz.size());
    for (int i = damaged.length / 2; i < damaged.length - 8; i++) {
      damaged[i] = (byte) 0xff;
    }
    byte[] warc =
        new TestWarc(true)
            .response(
                "http://bad.example/",
                TestWarc.http(
                    200, damaged, "Content-Type", "text/html", "Content-Encoding", "gzip"))
            .bytes();
    RawRecord rec = readAll(reader(warc, InputConfig.defaults())).get(0);
    assertTrue(rec.flags().contains("http.decode_error"), rec.flags().toString());
    assertTrue(rec.payload().length > 0);
    assertTrue(new String(rec.payload(), StandardCharsets.US_ASCII).startsWith("decoded text"));
  }

  @Test
  void largePayloadIsCutAndFlagged() throws IOException {
    byte[] body = new byte[50_000];
    Arrays.fill(body, (byte) 'a');
    byte[] warc =
        new TestWarc(true)
            .response("http://big.example/", TestWarc.http(200, body, "Content-Type", "text/plain"))
            .response("http://next.example/", TestWarc.http(200, TestWarc.html("n", "next")))
            .bytes();
    List<RawRecord> records = readAll(reader(warc, new InputConfig(null, 10_000L, null)));
    assertEquals(2, records.size());
    assertTrue(records.get(0).flags().contains("warc.payload_cut"));
    assertTrue(records.get(0).payload().length < 10_000);
    assertTrue(records.get(1).flags().isEmpty());
  }

  @Test
  void truncatedRecordIsKeptAndFlagged() throws IOException {
    byte[] warc =
        new TestWarc(true)
            .response(
                "http://cut.example/",
                TestWarc.http(200, TestWarc.html("cut", "<p>partial"), "Content-Type", "text/html"),
                WarcTruncationReason.LENGTH)
            .bytes();
    RawRecord rec = readAll(reader(warc, InputConfig.defaults())).get(0);
    assertEquals("length", rec.provenance().truncated());
    assertTrue(rec.flags().contains("warc.truncated"));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void payloadsOutliveTheReadOfTheNextRecord(boolean gzip) throws IOException {
    // the reader reads every block into one array: records of falling and rising sizes, responses
    // and resources, must each keep their own bytes after the records behind them were read
    int[] sizes = {90_000, 300, 60_000, 5, 120_000, 40_000, 0, 70_000};
    TestWarc w = new TestWarc(gzip);
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      byte[] body = new byte[sizes[i]];
      Arrays.fill(body, (byte) ('a' + i));
      bodies.add(body);
      String url = "https://example.org/p" + i;
      if (i % 3 == 1) {
        w.resource(url, "text/plain; charset=utf-8", body);
      } else {
        w.response(url, TestWarc.http(200, body, "Content-Type", "text/plain"));
      }
    }
    List<RawRecord> records = readAll(reader(w.bytes(), InputConfig.defaults()));
    assertEquals(sizes.length, records.size());
    for (int i = 0; i < sizes.length; i++) {
      assertArrayEquals(bodies.get(i), records.get(i).payload(), "record " + i);
    }
  }

  @Test
  void resourceRecordsCarryTheirOwnContentType() throws IOException {
    byte[] warc =
        new TestWarc(false)
            .resource(
                "file:///doc.txt",
                "text/plain; charset=iso-8859-1",
                "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
            .bytes();
    RawRecord rec = readAll(reader(warc, InputConfig.defaults())).get(0);
    assertEquals("resource", rec.warcType());
    assertEquals("text/plain", rec.provenance().contentType());
    assertEquals("iso-8859-1", rec.charset());
    assertEquals(0, rec.provenance().httpStatus());
  }

  @Test
  void fileCutMidRecordKeepsEarlierRecordsAndReportsTheOffset() throws IOException {
    TestWarc w = threePages(true);
    byte[] full = w.bytes();
    long lastResponse = w.offsets().get(6);
    // cut in the header: the damaged record cannot be named, the file failure reports it
    WarcFileReader headerCut =
        reader(Arrays.copyOf(full, (int) lastResponse + 40), InputConfig.defaults());
    List<RawRecord> records = readAll(headerCut);
    assertEquals(lastResponse, headerCut.failure().offset());
    assertEquals(2, records.size());
    assertNull(records.get(0).readError());
    assertNull(records.get(1).readError());

    // cut inside a large body: the header is readable, so the record is an error row
    byte[] noise = new byte[200_000];
    new java.util.Random(7).nextBytes(noise);
    TestWarc big =
        threePages(true)
            .response(
                "https://example.org/big",
                TestWarc.http(200, noise, "Content-Type", "application/octet-stream"));
    byte[] bigBytes = big.bytes();
    long bigOffset = big.offsets().get(7);
    WarcFileReader bodyCut =
        reader(Arrays.copyOf(bigBytes, (int) bigOffset + 100_000), InputConfig.defaults());
    records = readAll(bodyCut);
    assertNotNull(bodyCut.failure());
    assertEquals(bigOffset, bodyCut.failure().offset());
    assertEquals(4, records.size());
    assertEquals(WarcFileReader.READ_BLOCK, records.get(3).readError());
    assertEquals(big.ids().get(7), records.get(3).provenance().recordId());
  }

  @Test
  void cutsAtEveryByteNeverThrowAndKeepWholeRecords() throws IOException {
    TestWarc w = threePages(true);
    byte[] full = w.bytes();
    for (int len = 0; len < full.length; len += 7) {
      WarcFileReader r = reader(Arrays.copyOf(full, len), InputConfig.defaults());
      List<RawRecord> records = readAll(r);
      long whole = records.stream().filter(x -> x.readError() == null).count();
      // every response whose successor starts before the cut must have been read whole
      long expectedAtLeast = 0;
      for (int i : new int[] {2, 4, 6}) {
        long end = i + 1 < w.offsets().size() ? w.offsets().get(i + 1) : full.length;
        if (end <= len) {
          expectedAtLeast++;
        }
      }
      assertTrue(
          whole >= expectedAtLeast, "cut at " + len + ": " + whole + " < " + expectedAtLeast);
      if (len < full.length && len > 0 && !w.offsets().contains((long) len)) {
        assertNotNull(r.failure(), "a cut file must be reported, cut at " + len);
      }
    }
  }

  @Test
  void emptyFileHasNoRecordsAndNoFailure() throws IOException {
    WarcFileReader r = reader(new byte[0], InputConfig.defaults());
    assertFalse(r.hasNext());
    assertNull(r.failure());
  }

  @Test
  void olderDialectsAndBracketedUrisAreReadLeniently() throws IOException {
    String http = "HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>old</body></html>";
    String warc =
        "WARC/0.18\r\n"
            + "WARC-Type: response\r\n"
            + "WARC-Target-URI: <http://old.example/a b>\r\n"
            + "WARC-Date: not-a-date\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            + "Content-Type: application/http; msgtype=response\r\n"
            + "Content-Length: "
            + http.length()
            + "\r\n\r\n"
            + http
            + "\r\n\r\n";
    byte[] bytes = warc.getBytes(StandardCharsets.ISO_8859_1);
    WarcFileReader r = reader(bytes, InputConfig.defaults());
    List<RawRecord> records = readAll(r);
    assertEquals(1, records.size(), String.valueOf(r.failure()));
    RawRecord rec = records.get(0);
    assertTrue(rec.provenance().targetUri().contains("old.example"));
    assertNull(rec.provenance().warcDate());
    assertTrue(rec.flags().contains("warc.bad_date"));
    assertTrue(new String(rec.payload(), StandardCharsets.UTF_8).contains("old"));
  }

  @Test
  void clueWebWarcinfoWithBareLineFeedsAndEmptyHeaderValuesIsRead() throws IOException {
    // ClueWeb09 (Nutch, WARC/0.18): warcinfo fields end in bare LF, a header has an empty value,
    // HTTP headers end in bare LF too. jwarc's strict fields parser rejects such a warcinfo.
    String fields = "software: Nutch 1.0-dev\nisPartOf: clueweb09-ja\nformat: WARC 0.18\n";
    String http =
        "HTTP/1.1 200 OK\nContent-Type: text/html; charset=EUC-JP\n\n<html><body>x</body></html>";
    String warc =
        "WARC/0.18\r\nWARC-Type: warcinfo\r\n"
            + "WARC-Date: 2008-10-294T05:21:46-0700\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
            + "Content-Type: application/warc-fields\r\nContent-Length: "
            + fields.length()
            + "\r\n\r\n"
            + fields
            + "\r\n\r\n"
            + "WARC/0.18\r\nWARC-Type: response\r\n"
            + "WARC-Target-URI: http://jp.example/shop\r\n"
            + "WARC-Date: 2008-10-294T05:21:46-0700\r\n"
            + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000a>\r\n"
            + "WARC-Identified-Payload-Type: \r\n"
            + "Content-Type: application/http;msgtype=response\r\nContent-Length: "
            + http.length()
            + "\r\n\r\n"
            + http
            + "\r\n\r\n";
    byte[] bytes = warc.getBytes(StandardCharsets.ISO_8859_1);
    WarcFileReader r = reader(bytes, InputConfig.defaults());
    List<RawRecord> records = readAll(r);
    assertNull(r.failure());
    assertEquals(1, records.size());
    RawRecord rec = records.get(0);
    assertEquals("clueweb09-ja", rec.provenance().crawl());
    assertEquals(200, rec.provenance().httpStatus());
    assertEquals("EUC-JP", rec.charset());
    assertTrue(rec.flags().contains("warc.bad_date"));
  }
}
