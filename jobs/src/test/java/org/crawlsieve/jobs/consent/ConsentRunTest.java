package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.jobs.InputResolver;
import org.crawlsieve.jobs.LateStages;
import org.crawlsieve.jobs.OutputLayout;
import org.crawlsieve.jobs.PipelineRun;
import org.crawlsieve.jobs.RunStats;
import org.crawlsieve.jobs.SparkTestSession;
import org.crawlsieve.warc.FailedInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent stage on Spark local[2] over {@code sample-warc/} and its robotstxt WARCs, checked
 * against {@code sample-warc/expected.json}: per-host agent access, per-record robots.txt verdicts
 * and no-capture flags, in both time modes, and the audit report.
 */
class ConsentRunTest {
  static final List<String> AGENTS =
      List.of("GPTBot", "CCBot", "ClaudeBot", "Google-Extended", "*");

  @TempDir static Path dir;
  static SparkSession spark;
  static JsonNode expected;
  static OutputLayout now;
  static OutputLayout later;

  @BeforeAll
  static void run() throws IOException {
    Path repo = Path.of(System.getProperty("crawlsieve.repo", "..")).toAbsolutePath();
    Path sample = repo.resolve("sample-warc");
    expected = new ObjectMapper().readTree(sample.resolve("expected.json").toFile());
    spark = SparkTestSession.get();
    List<String> inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(sample + "/*.warc.gz", 0);
    now =
        runWith(
            inputs, sample.resolve("robotstxt").toString(), "now", "steps: [extract, consent]\n");
    later =
        runWith(
            inputs,
            sample.resolve("robotstxt-later").toString(),
            "later",
            "steps: [extract, consent]\nconsent:\n  time_mode: retroactive\n");
  }

  private static OutputLayout runWith(
      List<String> inputs, String robots, String name, String yaml) {
    CrawlsieveConfig config = ConfigLoader.parse(yaml, "test");
    OutputLayout out = new OutputLayout(dir.resolve(name).toString());
    List<String> robotsWarcs = RobotsInputs.resolve(spark, List.of(robots), "");
    RobotsTable.build(
        spark, robotsWarcs, config.input(), config.consent().maxRobotsBytes(), out.robots());
    new PipelineRun(spark, config, out, LateStages.of(config, out, out.robots())).run(inputs);
    return out;
  }

  @Test
  void unreadableRobotsWarcsAreListedInFailedInputs() throws IOException {
    Path repo = Path.of(System.getProperty("crawlsieve.repo", "..")).toAbsolutePath();
    Path good = repo.resolve("sample-warc/robotstxt/CC-MAIN-2026-08-robotstxt-00000.warc.gz");
    byte[] bytes = Files.readAllBytes(good);
    Path cut = dir.resolve("robots-cut.warc.gz");
    Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
    String missing = dir.resolve("robots-missing.warc.gz").toString();
    CrawlsieveConfig config = ConfigLoader.parse("steps: [extract, consent]\n", "test");
    OutputLayout out = new OutputLayout(dir.resolve("failing-robots").toString());

    List<FailedInput> failed =
        RobotsTable.build(
            spark,
            List.of(good.toString(), cut.toString(), missing),
            config.input(),
            config.consent().maxRobotsBytes(),
            out.robots());

    assertEquals(List.of(cut.toString(), missing), failed.stream().map(FailedInput::path).toList());
    FailedInput broken = failed.get(0);
    assertTrue(broken.offset() > 0 && broken.recordsRead() > 0, broken.toString());
    assertEquals(-1, failed.get(1).offset());
    // what the cut file held before the break is in the table, beside the whole file's captures
    long whole = spark.read().parquet(now.robots()).count();
    assertTrue(spark.read().parquet(out.robots()).count() > whole);

    String page = repo.resolve("sample-warc/CC-MAIN-2026-08-sample-00000.warc.gz").toString();
    RunStats stats =
        new PipelineRun(spark, config, out, LateStages.of(config, out, out.robots()))
            .alsoFailed(failed)
            .run(List.of(page));
    assertEquals(2, stats.get("inputs", "failed"));
    List<String> listed =
        spark
            .read()
            .parquet(out.failedInputs())
            .select("path")
            .as(Encoders.STRING())
            .collectAsList();
    assertEquals(Set.of(cut.toString(), missing), Set.copyOf(listed));
  }

  @Test
  void robotsTableKeepsEveryResponse() {
    Dataset<Row> table = spark.read().parquet(now.robots());
    assertEquals(expected.at("/robots/counts/response").asLong(), table.count());
    Row cross = table.filter(col("url").equalTo("https://dev-diary.github.io/robots.txt")).first();
    assertEquals(302, (int) cross.getAs("status"));
    assertEquals(
        "https://static-pages.example-cdn.net/dev-diary/robots.txt", cross.getAs("location"));
  }

  @Test
  void hostAccessMatchesExpectedContemporaneous() {
    assertHostAccess(now, "/robots/origins");
  }

  @Test
  void hostAccessMatchesExpectedRetroactive() {
    assertHostAccess(later, "/robots_later/origins");
  }

  private static void assertHostAccess(OutputLayout out, String originsPath) {
    Map<String, Row> hosts = new HashMap<>();
    for (Row r :
        spark.read().parquet(out.domains()).filter(col("level").equalTo("host")).collectAsList()) {
      hosts.put(r.getAs("host"), r);
    }
    int checked = 0;
    for (JsonNode h : expected.get("hosts")) {
      Row row = hosts.get(h.get("host").asText());
      if (row == null) {
        continue; // every record of the host was dropped before being counted (none here)
      }
      JsonNode origin = expected.at(originsPath).get(h.get("robots_origin").asText());
      Map<String, String> access = row.getJavaMap(row.fieldIndex("agent_access"));
      for (String agent : AGENTS) {
        String want = origin == null ? "unknown" : origin.at("/access/" + agent).asText();
        assertEquals(want, access.get(agent), h.get("host").asText() + " " + agent);
      }
      checked++;
    }
    assertEquals(expected.get("hosts").size(), checked);
  }

  @Test
  void recordVerdictsMatchExpectedContemporaneous() {
    assertRecordVerdicts(now, "robots_blocked", "robots_no_capture");
  }

  @Test
  void recordVerdictsMatchExpectedRetroactive() {
    assertRecordVerdicts(later, "robots_blocked_later", "robots_no_capture_later");
  }

  private static void assertRecordVerdicts(
      OutputLayout out, String blockedTrait, String noCaptureTrait) {
    Map<String, JsonNode> traits = new HashMap<>();
    for (JsonNode r : expected.get("records")) {
      traits.put(r.get("record_id").asText(), r.get("traits"));
    }
    Dataset<Row> consent =
        spark
            .read()
            .parquet(out.decisions())
            .selectExpr(
                "id",
                "try_element_at(filter(decisions, d -> d.step = 'consent'"
                    + " AND d.evidence['robots_blocked'] IS NOT NULL), -1) AS c")
            .filter(col("c").isNotNull());
    int checked = 0;
    int blockedSeen = 0;
    for (Row r : consent.collectAsList()) {
      JsonNode t = traits.get(r.getString(0));
      Row c = r.getStruct(1);
      Map<String, String> ev = c.getJavaMap(c.fieldIndex("evidence"));
      List<String> want = new ArrayList<>();
      t.path(blockedTrait).forEach(a -> want.add(a.asText()));
      List<String> got = new ArrayList<>();
      for (String a : ev.get("robots_blocked").split(",", -1)) {
        if (AGENTS.contains(a)) {
          got.add(a);
        }
      }
      got.sort(null);
      want.sort(null);
      assertEquals(want, got, r.getString(0));
      boolean noCapture = ev.getOrDefault("flags", "").contains("robots.no_capture");
      assertEquals(t.path(noCaptureTrait).asBoolean(false), noCapture, r.getString(0));
      blockedSeen += want.isEmpty() ? 0 : 1;
      checked++;
    }
    // Every record that reached the stage was checked: most of the sample, many of them blocked.
    assertTrue(checked > 200, "records checked: " + checked);
    assertTrue(blockedSeen > 50, "blocked records checked: " + blockedSeen);
  }

  @Test
  void tdmrepWellKnownExcludesTheReservedPages() {
    Map<String, String> reasons = new TreeMap<>();
    for (Row r :
        spark
            .read()
            .parquet(now.decisions())
            .filter(col("url").contains("archive.publishers-collective.eu/reserved/"))
            .select("url", "reason")
            .collectAsList()) {
      reasons.put(r.getString(0), r.getString(1));
    }
    assertEquals(2, reasons.size());
    reasons.values().forEach(v -> assertEquals("consent.tdm_reservation", v));
  }

  @Test
  void auditAnswersForADomain() throws IOException {
    AuditReport report = new AuditReport(spark, now);
    JsonNode json = new ObjectMapper().readTree(print(report, "kitchenbench.com", "json"));
    JsonNode hosts = json.get("hosts");
    assertEquals(2, hosts.size()); // kitchenbench.com and shop.kitchenbench.com
    JsonNode main = hosts.get(0);
    assertEquals("kitchenbench.com", main.get("host").asText());
    assertEquals("full", main.at("/agent_access/Google-Extended").asText());
    assertEquals("none", main.at("/agent_access/GPTBot").asText());
    long robotsExcluded = main.at("/excluded_by_reason/consent.robots_disallow").asLong();
    assertTrue(robotsExcluded > 0);
    long listed = 0;
    for (JsonNode p : json.get("excluded_pages")) {
      if (p.get("host").asText().equals("kitchenbench.com")
          && p.get("reason").asText().equals("consent.robots_disallow")) {
        assertEquals("Google-Extended", p.get("agent").asText());
        assertEquals("name", p.get("matched_by").asText());
        listed++;
      }
    }
    assertEquals(robotsExcluded, listed);

    String csv = print(report, "kitchenbench.com", "csv");
    String[] lines = csv.split("\n");
    assertTrue(lines[0].startsWith("domain,host,url,step,reason,agent"));
    assertEquals(json.get("excluded_pages").size() + 1, lines.length);

    String table = print(report, null, "table");
    assertTrue(table.lines().anyMatch(l -> l.startsWith("kitchenbench.com ")), table);
    assertFalse(print(report, "no-such-domain.test", "table").isBlank());
  }

  private static String print(AuditReport report, String domain, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      report.print(domain, format, 1000, ps);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
