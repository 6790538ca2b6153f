package org.crawlsieve.jobs;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline with the shipped local config over {@code sample-warc/}, checked against the
 * ground truth its generator wrote ({@code sample-warc/expected.json}).
 */
class SampleRunTest {
  static final Path REPO = Path.of(System.getProperty("crawlsieve.repo", ".."));
  @TempDir static Path dir;
  static JsonNode expected;
  static RunStats stats;
  static OutputLayout out;
  static SparkSession spark;
  static Map<String, Row> decisions = new HashMap<>();
  static Map<String, Row> documents = new HashMap<>();

  @BeforeAll
  static void run() throws IOException {
    expected = new ObjectMapper().readTree(REPO.resolve("sample-warc/expected.json").toFile());
    CrawlsieveConfig config = ConfigLoader.load(REPO.resolve("conf/local.yaml"));
    spark = SparkTestSession.get();
    out = new OutputLayout(dir.resolve("out").toString());
    List<String> inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(REPO.resolve("sample-warc") + "/*.warc.gz", 0);
    List<String> robots =
        org.crawlsieve.jobs.consent.RobotsInputs.resolve(
            spark, List.of(REPO.resolve("sample-warc/robotstxt").toString()), "");
    org.crawlsieve.jobs.consent.RobotsTable.build(
        spark, robots, config.input(), config.consent().maxRobotsBytes(), out.robots());
    stats =
        new PipelineRun(spark, config, out, LateStages.of(config, out, out.robots())).run(inputs);
    for (Row r : spark.read().parquet(out.decisions()).collectAsList()) {
      decisions.put(r.getAs("id"), r);
    }
    for (Row r : spark.read().parquet(out.documents()).collectAsList()) {
      documents.put(r.getAs("id"), r);
    }
  }

  @Test
  void recordsReadByTypeMatchTheGenerator() {
    Map<String, Long> want = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : expected.get("totals").properties()) {
      if (!e.getKey().equals("total")) {
        want.put(e.getKey(), e.getValue().asLong());
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> read = (Map<String, Object>) stats.tree().get("records_read");
    assertEquals(want, new TreeMap<>((Map<?, ?>) read.get("by_type")));
    assertEquals(expected.get("totals").get("total").asLong(), stats.get("records_read", "total"));
    assertEquals(0, stats.get("inputs", "failed"));
  }

  @Test
  void exactlyOneDecisionPerGeneratedRecord() {
    Set<String> ids = new HashSet<>();
    for (JsonNode r : expected.get("records")) {
      String id = r.get("record_id").asText();
      ids.add(id);
      Row d = decisions.get(id);
      assertTrue(d != null, "no decision for " + id);
      assertTrue(((String) d.getAs("warc_path")).endsWith(r.get("file").asText()));
      assertEquals(r.get("url").asText(), d.getAs("url"));
    }
    assertEquals(ids, decisions.keySet());
    assertEquals(ids.size(), stats.documentsIn());
    assertEquals(stats.kept(), documents.size());
  }

  @Test
  void everyDecisionPointsAtItsRecordBytes() throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (Row r : decisions.values()) {
      String path = ((String) r.getAs("warc_path")).replaceFirst("^file:", "");
      byte[] file = files.computeIfAbsent(path, p -> read(Path.of(p)));
      int from = (int) (long) r.getAs("warc_offset");
      int to = (int) (from + (long) r.getAs("warc_length"));
      byte[] slice = Arrays.copyOfRange(file, from, to);
      WarcFileReader reader =
          new WarcFileReader(
              new ByteArrayInputStream(slice), path, slice.length, InputConfig.defaults());
      RawRecord rec = reader.next();
      assertEquals(r.getAs("id"), rec.provenance().recordId());
      assertFalse(reader.hasNext(), "the range holds one record");
    }
  }

  @Test
  void optedOutPagesAreNeverPublished() {
    int checked = 0;
    for (JsonNode r : expected.get("records")) {
      JsonNode optout = r.get("traits").get("optout");
      if (optout == null) {
        continue;
      }
      boolean textOptOut = false;
      for (JsonNode s : optout) {
        // noimageai concerns images only
        textOptOut |= !s.asText().contains("noimageai");
      }
      if (textOptOut) {
        String id = r.get("record_id").asText();
        assertFalse(documents.containsKey(id), "opted-out page published: " + r.get("url"));
        checked++;
      }
    }
    assertTrue(checked >= 5, "sample has opted-out pages");
  }

  @Test
  void robotsBlockedPagesAreNeverPublished() {
    int blocked = 0;
    for (JsonNode r : expected.get("records")) {
      if (r.get("traits").get("robots_blocked") != null) {
        assertFalse(
            documents.containsKey(r.get("record_id").asText()),
            "robots.txt-blocked page published: " + r.get("url"));
        blocked++;
      }
    }
    assertTrue(blocked > 10);
  }

  @Test
  void exactDuplicatesArePublishedOnce() {
    int pairs = 0;
    for (JsonNode r : expected.get("records")) {
      JsonNode of = r.get("traits").get("exact_dup_of");
      if (of != null) {
        boolean both =
            documents.containsKey(r.get("record_id").asText())
                && documents.containsKey(of.asText());
        assertFalse(both, "exact duplicate published twice: " + r.get("url"));
        pairs++;
      }
    }
    assertTrue(pairs > 0);
  }

  @Test
  void keptPiiPagesAreScrubbedAndCounted() {
    int kept = 0;
    for (JsonNode r : expected.get("records")) {
      if (r.get("traits").get("pii") == null) {
        continue;
      }
      Row doc = documents.get(r.get("record_id").asText());
      if (doc != null) {
        Map<String, Integer> counts = doc.getJavaMap(doc.fieldIndex("pii_counts"));
        assertTrue(
            counts.values().stream().mapToInt(Integer::intValue).sum() > 0,
            "PII page kept without replacements: " + r.get("url"));
        kept++;
      }
    }
    assertTrue(kept > 0, "some PII pages survive to be scrubbed");
  }

  @Test
  void truncatedRecordIsFlagged() {
    for (JsonNode r : expected.get("records")) {
      if (r.get("traits").get("truncated") != null) {
        Row d = decisions.get(r.get("record_id").asText());
        List<String> flags = d.getList(d.fieldIndex("flags"));
        assertTrue(flags.contains("warc.truncated"), flags.toString());
        assertEquals("length", d.getAs("truncated"));
      }
    }
  }

  @Test
  void everyDroppedRecordHasAReasonAndEveryKeptOneNone() {
    long dropped =
        spark
            .read()
            .parquet(out.decisions())
            .filter(col("verdict").isin("drop", "error").and(col("reason").isNull()))
            .count();
    assertEquals(0, dropped);
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
