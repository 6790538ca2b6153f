package org.crawlsieve.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.jobs.CliRunner;
import org.crawlsieve.jobs.OutputLayout;
import org.crawlsieve.jobs.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish → verify → takedown → diff → a later run that honours the tombstones. */
class PublishRoundTripTest {
  @TempDir static Path tmp;
  static SparkSession spark;
  static String root;
  static Manifest v1;
  static Path v1Dir;
  static List<Takedown.Outcome> takedown;
  static Path tdDir;
  static final SnapshotFs FS = new SnapshotFs(new Configuration());

  @BeforeAll
  static void publishAndTakeDown() {
    spark = SparkTestSession.get();
    root = tmp.resolve("snapshots").toString();
    // A tiny target size so the 9 documents are spread over several files.
    v1 = new Publisher(spark).publish(TinyRun.runDir(), root, "tiny", "1.0", 3_000, "odc-by");
    v1Dir = tmp.resolve("snapshots/tiny/1.0");
    takedown =
        new Takedown(spark)
            .apply(root, new Takedown.Request("site1.example", null, null, "owner request #1"));
    tdDir = tmp.resolve("snapshots/tiny/1.0-td1");
  }

  @Test
  void publishWritesDataManifestCardAndCsv() throws IOException {
    long runDocs = spark.read().parquet(new OutputLayout(TinyRun.runDir()).documents()).count();
    assertEquals(TinyRun.PAGES, runDocs);
    assertEquals(runDocs, v1.documents());
    List<FileEntry> data = v1.dataFiles();
    assertTrue(data.size() > 1, "3 KB target spreads the data over several files: " + data);
    assertTrue(
        data.stream().allMatch(f -> f.path().matches("data/en/train-\\d{5}-of-\\d{5}\\.parquet")),
        data.toString());
    assertEquals(runDocs, data.stream().mapToLong(FileEntry::rows).sum());
    String card = Files.readString(v1Dir.resolve("README.md"), StandardCharsets.UTF_8);
    assertTrue(card.startsWith("---\nlicense: odc-by\nlanguage:\n- en\n"), card);
    assertTrue(card.contains("size_categories:\n- n<1K\n"), card);
    assertTrue(card.contains("  data_files:\n  - split: train\n    path: data/en/*.parquet"));
    assertTrue(card.contains("## Removal requests"));
    assertTrue(Files.exists(v1Dir.resolve("domains-excluded.csv")));
    assertTrue(Files.exists(v1Dir.resolve("tombstones.jsonl")));
    assertEquals(List.of("CC-MAIN-2026-08"), v1.section("source").get("crawls"));
    assertNotNull(v1.tree().get("config_hash"));
    assertTrue(((String) v1.tree().get("parquet_schema")).contains("text"));
    assertFalse(
        Files.list(tmp.resolve("snapshots/tiny"))
            .anyMatch(p -> p.getFileName().toString().startsWith(".staging-")),
        "staging removed");
  }

  @Test
  void verifyPassesOnAFreshSnapshot() {
    assertEquals(
        List.of(),
        new SnapshotVerifier(FS).verify(new org.apache.hadoop.fs.Path(v1Dir.toString())));
    assertEquals(
        List.of(),
        new SnapshotVerifier(FS).verify(new org.apache.hadoop.fs.Path(tdDir.toString())));
  }

  @Test
  void verifyNamesEveryTamperedMissingOrExtraFile() throws IOException {
    Path copy = tmp.resolve("tampered");
    copyTree(v1Dir, copy);
    List<FileEntry> data = v1.dataFiles();
    Path flipped = copy.resolve(data.get(0).path());
    byte[] b = Files.readAllBytes(flipped);
    b[b.length / 2] ^= 1;
    Files.write(flipped, b);
    Files.delete(copy.resolve(data.get(1).path()));
    Files.writeString(copy.resolve("data/en/extra.parquet"), "x");
    List<String> problems =
        new SnapshotVerifier(FS).verify(new org.apache.hadoop.fs.Path(copy.toString()));
    assertTrue(problems.contains(data.get(1).path() + ": missing"), problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.startsWith(data.get(0).path() + ": SHA-256")),
        problems.toString());
    assertTrue(
        problems.contains("data/en/extra.parquet: not listed in the manifest"),
        problems.toString());
    assertTrue(problems.stream().anyMatch(p -> p.startsWith("data: ")), "row total differs");

    CliRunner.Result r = CliRunner.run("verify", copy.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().lines().allMatch(l -> l.startsWith("crawlsieve verify: ")), r.err());
    assertEquals(problems.size(), r.err().lines().count());
    assertEquals(0, CliRunner.run("verify", v1Dir.toString()).code());
  }

  @Test
  void aDamagedParquetFooterIsReportedOnOneLine() throws IOException {
    // Parquet's message for a field name it cannot find quotes the whole schema over many lines.
    Path copy = tmp.resolve("footer");
    copyTree(v1Dir, copy);
    Path damaged = copy.resolve(v1.dataFiles().get(0).path());
    byte[] b = Files.readAllBytes(damaged);
    // The footer (its length sits just before the closing "PAR1") lists the schema's field names,
    // then each column chunk's path; renaming the chunk's path leaves a column the schema lacks.
    int footerLength =
        (b[b.length - 8] & 0xff)
            | (b[b.length - 7] & 0xff) << 8
            | (b[b.length - 6] & 0xff) << 16
            | (b[b.length - 5] & 0xff) << 24;
    byte[] name = "dump".getBytes(StandardCharsets.US_ASCII);
    int inSchema = indexOf(b, name, b.length - 8 - footerLength);
    int inChunk = indexOf(b, name, inSchema + 1);
    assertTrue(inSchema > 0 && inChunk > inSchema, "field name and chunk path found in the footer");
    b[inChunk + 3] = 'q';
    Files.write(damaged, b);

    CliRunner.Result r = CliRunner.run("verify", copy.toString());
    assertEquals(1, r.code());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.stream().allMatch(l -> l.startsWith("crawlsieve verify: ")), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.contains("not a readable Parquet file")), r.err());
  }

  @Test
  void libraryMessagesAreFoldedOntoOneShortLine() {
    assertEquals("a b c", SnapshotVerifier.oneLine("  a\n  b\r\n\tc \n"));
    assertEquals("no message", SnapshotVerifier.oneLine(null));
    String folded = SnapshotVerifier.oneLine("x".repeat(500));
    assertEquals(202, folded.length());
    assertTrue(folded.endsWith(" …"));
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void anExistingVersionIsNeverOverwritten() throws IOException {
    String before = Files.readString(v1Dir.resolve("manifest.json"));
    UserException e =
        assertThrows(
            UserException.class,
            () ->
                new Publisher(spark)
                    .publish(TinyRun.runDir(), root, "tiny", "1.0", 3_000, "other"));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
    assertEquals(before, Files.readString(v1Dir.resolve("manifest.json")));
  }

  @Test
  void takedownWritesANewVersionWithoutTheDomain() {
    assertEquals(1, takedown.size());
    Takedown.Outcome o = takedown.get(0);
    assertEquals("1.0-td1", o.newVersion());
    assertEquals(3, o.removed(), "pages 1, 4 and 7 are on www.site1.example");
    Manifest td = Manifest.read(FS, new org.apache.hadoop.fs.Path(tdDir.toString()));
    assertEquals(TinyRun.PAGES - 3, td.documents());
    assertEquals("1.0", td.section("parent").get("version"));
    Dataset<Row> docs = spark.read().parquet(tdDir.resolve("data").toString() + "/*/*.parquet");
    assertEquals(0, docs.filter("host like '%site1.example'").count());
    List<Tombstone> tombstones =
        Tombstones.read(
            FS, new org.apache.hadoop.fs.Path(tdDir.resolve("tombstones.jsonl").toString()));
    assertEquals(1, tombstones.stream().filter(t -> t.kind().equals("domain")).count());
    assertEquals(3, tombstones.stream().filter(t -> t.kind().equals("record")).count());
    assertTrue(
        tombstones.stream()
            .allMatch(t -> t.reason().equals("owner request #1") && t.removedAt() != null));
  }

  @Test
  void aSecondTakedownThatMatchesNothingLeavesSnapshotsAlone() {
    List<Takedown.Outcome> again =
        new Takedown(spark)
            .apply(root, new Takedown.Request("nowhere.example", null, null, "nothing to remove"));
    assertEquals(1, again.size());
    assertEquals(null, again.get(0).newVersion());
  }

  @Test
  void diffCountsTheTakedownAsRemovedByTakedown() {
    Map<String, Object> d = new SnapshotDiff(spark).diff(v1Dir.toString(), tdDir.toString());
    assertEquals(0L, d.get("added"));
    assertEquals(Map.of("takedown", 3L, "filtered", 0L), d.get("removed"));
    assertEquals(0L, d.get("changed"));
    assertEquals((long) TinyRun.PAGES - 3, d.get("unchanged"));
    Map<String, Object> back = new SnapshotDiff(spark).diff(tdDir.toString(), v1Dir.toString());
    assertEquals(3L, back.get("added"));
  }

  @Test
  void aLaterRunDropsTombstonedPagesAndCarriesTheListForward() throws IOException {
    String out = tmp.resolve("rerun").toString();
    OutputLayout rerun =
        TinyRun.run(out, "steps: [extract, language]\ninput:\n  tombstones: ['" + tdDir + "']\n");
    Dataset<Row> decisions = spark.read().parquet(rerun.decisions());
    List<Row> removed =
        decisions
            .filter("reason = 'takedown.removed'")
            .select("url", "step", "evidence")
            .collectAsList();
    assertEquals(3, removed.size());
    for (Row r : removed) {
      assertTrue(r.getString(0).contains("site1.example"), r.getString(0));
      assertEquals("takedown", r.getString(1));
    }
    assertEquals(TinyRun.PAGES - 3, spark.read().parquet(rerun.documents()).count());
    Manifest v2 = new Publisher(spark).publish(out, root, "tiny", "2.0", 3_000, "odc-by");
    assertEquals(TinyRun.PAGES - 3, v2.documents());
    assertEquals(4L, v2.section("counts").get("tombstones"), "carried from the run's config");
  }

  @Test
  void takedownNeedsExactlyOneTarget() {
    assertThrows(UserException.class, () -> new Takedown.Request(null, null, null, "why"));
    assertThrows(
        UserException.class,
        () -> new Takedown.Request("a.example", List.of("https://a.example/"), "l", "why"));
    assertThrows(UserException.class, () -> new Takedown.Request("a.example", null, null, " "));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
