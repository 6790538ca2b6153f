package org.crawlsieve.samplegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.warc.RawRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the committed sample with the pipeline's WARC reader and checks it against expected.json.
 */
class SampleWarcContentsTest {
  private static JsonNode expected;
  private static Map<String, JsonNode> expectedById;
  private static Map<String, RawRecord> readById;

  @BeforeAll
  static void readAll() throws IOException {
    expected = SampleWarcFiles.expected();
    expectedById = new HashMap<>();
    for (JsonNode r : expected.get("records")) {
      expectedById.put(r.get("record_id").asText(), r);
    }
    readById = new HashMap<>();
    for (Iterator<String> it = expected.get("files").fieldNames(); it.hasNext(); ) {
      String name = it.next();
      for (RawRecord r : SampleWarcFiles.read(SampleWarcFiles.dir().resolve(name)).records()) {
        readById.put(r.provenance().recordId(), r);
      }
    }
  }

  private static Map<String, Long> counts(JsonNode node) {
    Map<String, Long> m = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getKey().equals("total")) {
        m.put(e.getKey(), e.getValue().asLong());
      }
    }
    return m;
  }

  @Test
  void recordCountsPerFileMatchExpected() throws IOException {
    for (Map.Entry<String, JsonNode> e : expected.get("files").properties()) {
      SampleWarcFiles.Read read = SampleWarcFiles.read(SampleWarcFiles.dir().resolve(e.getKey()));
      assertNull(read.reader().failure(), e.getKey());
      assertEquals(counts(e.getValue()), read.reader().typeCounts(), e.getKey());
      assertEquals(e.getValue().get("response").asLong(), read.records().size(), e.getKey());
    }
  }

  @Test
  void everyResponseIsInExpectedWithItsUrlStatusAndType() {
    assertEquals(expectedById.keySet(), readById.keySet());
    for (JsonNode e : expectedById.values()) {
      RawRecord r = readById.get(e.get("record_id").asText());
      assertEquals(e.get("url").asText(), r.provenance().targetUri());
      assertEquals(e.get("http_status").asInt(), r.provenance().httpStatus());
      assertEquals(
          e.get("content_type").asText(), r.provenance().contentType(), e.get("url").asText());
      assertEquals(CapturePlan.CRAWL, r.provenance().crawl());
      assertEquals(e.get("traits").get("payload_digest").asText(), r.provenance().payloadDigest());
    }
  }

  @Test
  void sampleIsLargeAndVaried() {
    JsonNode s = expected.get("summary");
    assertTrue(s.get("responses").asInt() >= 280, "responses");
    assertTrue(s.get("hosts").asInt() >= 40, "hosts");
    for (String lang : List.of("en", "de", "fr", "es", "ja", "zh", "ru", "ar")) {
      assertTrue(s.get("languages").path(lang).asInt() >= 10, lang);
    }
  }

  @Test
  void truncatedRecordIsFlaggedAndCut() {
    int seen = 0;
    for (JsonNode e : expectedById.values()) {
      boolean truncated = e.get("traits").has("truncated");
      RawRecord r = readById.get(e.get("record_id").asText());
      assertEquals(truncated, r.flags().contains("warc.truncated"), e.get("url").asText());
      if (truncated) {
        seen++;
        assertEquals("length", r.provenance().truncated());
        assertEquals(List.of("warc.truncated"), r.flags(), "a cut body is not a decode error");
        String html = new String(r.payload(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("</html>"), "body is cut");
      }
    }
    assertEquals(1, seen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"content_encoding", "transfer_encoding"})
  void encodedBodiesDecodeToHtml(String trait) {
    int seen = 0;
    for (JsonNode e : expectedById.values()) {
      if (!e.get("traits").has(trait)) {
        continue;
      }
      seen++;
      RawRecord r = readById.get(e.get("record_id").asText());
      assertTrue(r.flags().isEmpty(), r.flags().toString());
      Charset cs = Charset.forName(e.get("traits").get("charset").asText());
      String html = new String(r.payload(), cs);
      assertTrue(html.startsWith("<!DOCTYPE html>"), e.get("url").asText());
      assertTrue(html.endsWith("</html>\n"), e.get("url").asText());
    }
    assertTrue(seen >= 3, trait);
  }

  @Test
  void legacyCharsetPagesDecodeWithTheirCharset() {
    int seen = 0;
    for (JsonNode e : expectedById.values()) {
      JsonNode cs = e.get("traits").get("charset");
      if (cs == null || cs.asText().equals("UTF-8")) {
        continue;
      }
      seen++;
      RawRecord r = readById.get(e.get("record_id").asText());
      String html = new String(r.payload(), Charset.forName(cs.asText()));
      assertTrue(html.contains(HtmlRenderer.esc(e.get("title").asText())), e.get("url").asText());
      String declared = e.get("traits").get("charset_declared").asText();
      assertEquals(
          declared.equals("header") || declared.equals("both") ? cs.asText() : null, r.charset());
    }
    assertTrue(seen >= 15, "legacy charset pages: " + seen);
  }

  @Test
  void robotsFilesMatchExpectedCounts() throws IOException {
    for (String key : List.of("robots", "robots_later")) {
      JsonNode robots = expected.get(key);
      Path file = SampleWarcFiles.dir().resolve(robots.get("file").asText());
      SampleWarcFiles.Read read = SampleWarcFiles.read(file);
      assertNull(read.reader().failure());
      assertEquals(counts(robots.get("counts")), read.reader().typeCounts(), key);
      assertEquals(robots.get("crawl").asText(), read.records().get(0).provenance().crawl());
    }
  }

  @Test
  void pathListingsNameTheFilesThatExist() throws IOException {
    for (String listing : List.of("warc.paths", "robotstxt.paths", "robotstxt-later.paths")) {
      Path plain = SampleWarcFiles.dir().resolve(listing);
      List<String> lines = Files.readAllLines(plain);
      assertFalse(lines.isEmpty());
      for (String line : lines) {
        assertTrue(Files.isRegularFile(SampleWarcFiles.dir().resolve(line)), line);
      }
      try (GZIPInputStream gz =
          new GZIPInputStream(
              Files.newInputStream(SampleWarcFiles.dir().resolve(listing + ".gz")))) {
        assertEquals(
            Files.readString(plain), new String(gz.readAllBytes(), StandardCharsets.US_ASCII));
      }
    }
    assertNotNull(
        expected
            .get("files")
            .get(Files.readAllLines(SampleWarcFiles.dir().resolve("warc.paths")).get(0)));
  }
}
