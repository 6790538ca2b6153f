package org.crawlsieve.jobs.dedup;

import static org.crawlsieve.jobs.dedup.DedupFixtures.changeBands;
import static org.crawlsieve.jobs.dedup.DedupFixtures.config;
import static org.crawlsieve.jobs.dedup.DedupFixtures.randomSignature;
import static org.crawlsieve.jobs.dedup.DedupFixtures.replaceBlock;
import static org.crawlsieve.jobs.dedup.DedupFixtures.row;
import static org.crawlsieve.jobs.dedup.DedupFixtures.sharingBands;
import static org.crawlsieve.jobs.dedup.DedupFixtures.words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.dedup.DedupConfig;
import org.crawlsieve.dedup.Jaccard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeduplicatorTest {
  private SparkSession spark;
  private final DedupFixtures fx = new DedupFixtures();
  private final Deduplicator dedup = new Deduplicator();

  @BeforeAll
  void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("DeduplicatorTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  /** Result rows by id: {@code reason|kept|cluster|size}. */
  private Map<String, String> run(List<Row> rows, DedupConfig config) {
    return run(spark.createDataFrame(rows, Deduplicator.CANDIDATE_SCHEMA), config);
  }

  private Map<String, String> run(Dataset<Row> candidates, DedupConfig config) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : dedup.apply(spark, candidates, config).collectAsList()) {
      out.put(
          r.getString(0),
          r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.get(4));
    }
    return out;
  }

  private static String text(long seed) {
    return String.join(" ", words(new SplittableRandom(seed), 300));
  }

  @Test
  void exactDuplicatesKeepTheBestQualityScore() {
    String t = text(1);
    Map<String, String> out =
        run(
            List.of(
                fx.doc("a", "http://a/", "2024-01-01", 0.5, t),
                fx.doc("b", "http://b/", "2024-01-01", 0.9, t.toUpperCase() + " !!!"),
                fx.doc("c", "http://c/", "2024-01-01", null, t),
                fx.doc("d", "http://d/", "2024-01-01", 0.1, text(2))),
            DedupConfig.defaults());
    assertEquals("dedup.exact|b|null|null", out.get("a"));
    assertEquals("null|null|b|3", out.get("b"));
    assertEquals("dedup.exact|b|null|null", out.get("c"));
    assertEquals("null|null|d|1", out.get("d"));
  }

  @Test
  void disabledStageKeepsEverything() {
    String t = text(16);
    DedupConfig off =
        new DedupConfig(
            false, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);
    Map<String, String> out =
        run(
            List.of(
                fx.doc("a", "http://a/", "2024-01-01", 0.5, t),
                fx.doc("b", "http://a/", "2024-01-02", 0.5, t)),
            off);
    assertEquals("null|null|a|1", out.get("a"));
    assertEquals("null|null|b|1", out.get("b"));
  }

  @Test
  void sameUrlKeepsTheNewestCaptureEvenOverBetterQuality() {
    Map<String, String> out =
        run(
            List.of(
                fx.doc("old", "http://x/", "2023-05-01", 0.9, text(3)),
                fx.doc("new", "http://x/", "2024-05-01", 0.1, text(4)),
                fx.doc("undated", "http://x/", null, 1.0, text(5)),
                fx.doc("other", "http://y/", "2020-01-01", 0.5, text(6))),
            DedupConfig.defaults());
    assertEquals("dedup.url|new|null|null", out.get("old"));
    assertEquals("dedup.url|new|null|null", out.get("undated"));
    assertEquals("null|null|new|3", out.get("new"));
    assertEquals("null|null|other|1", out.get("other"));
  }

  @Test
  void urlThenExactChainsResolveToTheDocumentFinallyKept() {
    String t = text(7);
    Map<String, String> out =
        run(
            List.of(
                fx.doc("p1", "http://p/", "2023-01-01", 0.5, text(8)),
                fx.doc("p2", "http://p/", "2024-01-01", 0.5, t),
                fx.doc("q", "http://q/", "2024-01-01", 0.9, t)),
            DedupConfig.defaults());
    assertEquals("dedup.url|q|null|null", out.get("p1"));
    assertEquals("dedup.exact|q|null|null", out.get("p2"));
    assertEquals("null|null|q|3", out.get("q"));
  }

  @Test
  void nearDuplicatesAreDroppedAndUnrelatedTextsKept() {
    SplittableRandom rnd = new SplittableRandom(9);
    List<String> base = words(rnd, 400);
    Map<String, String> out =
        run(
            List.of(
                fx.doc("n1", null, "2024-01-01", 0.2, String.join(" ", base)),
                fx.doc(
                    "n2",
                    null,
                    "2024-01-01",
                    0.8,
                    String.join(" ", replaceBlock(base, 100, 110, rnd))),
                fx.doc("n3", null, "2024-01-01", null, text(10))),
            DedupConfig.defaults());
    assertEquals("dedup.near|n2|null|null", out.get("n1"));
    assertEquals("null|null|n2|2", out.get("n2"));
    assertEquals("null|null|n3|1", out.get("n3"));
  }

  /**
   * A chain of signatures: b = a with bands 12, 13 changed, c = b with bands 0, 1 changed, d = c
   * with bands 2, 3 changed. Neighbours agree on 96/112 = 0.857 of their values, two steps apart on
   * 80/112 = 0.714, the ends on 64/112 = 0.571; the LSH edges are b-a, c-b and d-c (plus those
   * within the threshold when it is lower). Quality ranks a, c, b, d.
   */
  private static List<Row> chain() {
    long[] a = randomSignature(21);
    long[] b = changeBands(a, 1, 12, 13);
    long[] c = changeBands(b, 2, 0, 1);
    long[] d = changeBands(c, 3, 2, 3);
    assertEquals(96 / 112.0, Jaccard.estimated(c, d));
    assertEquals(80 / 112.0, Jaccard.estimated(a, c));
    assertEquals(80 / 112.0, Jaccard.estimated(b, d));
    assertEquals(64 / 112.0, Jaccard.estimated(a, d));
    return List.of(
        row("a", null, null, 0.9, "ha", a),
        row("b", null, null, 0.5, "hb", b),
        row("c", null, null, 0.8, "hc", c),
        row("d", null, null, 0.1, "hd", d));
  }

  /**
   * Components alone would drop c and d as duplicates of a (verify none, FineWeb's behaviour). The
   * keeper check drops only members within the threshold of their keeper; rejected members are
   * clustered again among themselves (c keeps d, 0.857 apart) or, after the last round, kept.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "none;      0.8; 2; null|null|a|4; dedup.near|a|null|null; dedup.near|a|null|null;"
            + " dedup.near|a|null|null",
        "estimated; 0.8; 2; null|null|a|2; dedup.near|a|null|null; null|null|c|2;"
            + " dedup.near|c|null|null",
        "estimated; 0.8; 1; null|null|a|2; dedup.near|a|null|null; null|null|c|1; null|null|d|1",
        "estimated; 0.7; 2; null|null|a|3; dedup.near|a|null|null; dedup.near|a|null|null;"
            + " null|null|d|1",
        "estimated; 0.9; 2; null|null|a|1; null|null|b|1; null|null|c|1; null|null|d|1",
      })
  void membersAreCheckedAgainstTheirKeeperNotJoinedThroughAChain(
      String verify, double threshold, int rounds, String a, String b, String c, String d) {
    Map<String, String> out = run(chain(), config(verify, threshold, null, null, rounds));
    assertEquals(Map.of("a", a, "b", b, "c", c, "d", d), out);
  }

  /**
   * On a cluster without a scratch folder the rounds are cut with reliable checkpoints (written to
   * the SparkContext's checkpoint directory): same decisions as with local checkpoints, and the
   * checkpoint files are really written there.
   */
  @Test
  void reliableCheckpointsGiveTheSameDecisions(@TempDir Path tmp) throws IOException {
    DedupConfig twoRounds = config(null, null, null, null, 2);
    Map<String, String> local = run(chain(), twoRounds);
    Path dir = tmp.resolve("checkpoints");
    spark.sparkContext().setCheckpointDir(dir.toString());
    try {
      assertEquals(local, run(chain(), twoRounds));
      try (Stream<Path> files = Files.walk(dir)) {
        assertTrue(
            files.anyMatch(f -> f.getFileName().toString().startsWith("part-")),
            "checkpoint data written under " + dir);
      }
    } finally {
      // the context is shared by the other tests here, which use local checkpoints
      spark.sparkContext().checkpointDir_$eq(scala.Option.empty());
    }
  }

  /** Three copies 0.929 from the base and 0.857 from each other: one cluster, one keeper. */
  @ParameterizedTest
  @CsvSource({"1", "2", "3"})
  void aTrueClusterStillCollapsesToOneKeeper(int rounds) {
    long[] base = randomSignature(22);
    Map<String, String> out =
        run(
            List.of(
                row("p", null, null, 0.2, "hp", base),
                row("q", null, null, 0.3, "hq", changeBands(base, 1, 0)),
                row("r", null, null, 0.9, "hr", changeBands(base, 2, 5)),
                row("s", null, null, null, "hs", changeBands(base, 3, 10))),
            config(null, null, null, null, rounds));
    assertEquals("null|null|r|4", out.get("r"));
    for (String id : List.of("p", "q", "s")) {
      assertEquals("dedup.near|r|null|null", out.get(id), id);
    }
  }

  /**
   * Two signatures sharing k whole bands: estimated Jaccard 8k/112, a candidate pair when k > 0.
   */
  @ParameterizedTest
  @CsvSource({
    "none, 0.7, 1, dedup.near",
    "none, 0.7, 0, null",
    "estimated, 0.7, 10, dedup.near",
    "estimated, 0.7, 9, null",
    "estimated, 0.0, 1, dedup.near",
  })
  void verificationFiltersCandidatePairsByEstimatedJaccard(
      String verify, double threshold, int sharedBands, String expected) {
    long[] base = randomSignature(1);
    Map<String, String> out =
        run(
            List.of(
                row("s1", null, null, 0.9, "h1", base),
                row("s2", null, null, 0.1, "h2", sharingBands(base, sharedBands, 1))),
            config(verify, threshold, null, null));
    assertEquals(expected, out.get("s2").split("\\|")[0]);
  }

  @Test
  void emptySignaturesTakePartInExactDedupOnly() {
    Map<String, String> out =
        run(
            List.of(
                row("e1", null, null, null, "h1", new long[0]),
                row("e2", null, null, null, "h2", new long[0]),
                row("e3", null, null, null, "h2", new long[0])),
            DedupConfig.defaults());
    assertEquals("null|null|e1|1", out.get("e1"));
    assertEquals("null|null|e2|2", out.get("e2"));
    assertEquals("dedup.exact|e2|null|null", out.get("e3"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "highest_quality,newest; hq",
        "lowest_quality; lq",
        "oldest,highest_quality; old",
        "newest; new",
        "'' ; hq",
      })
  void keepRuleIsConfigurable(String rule, String expectedKept) {
    String t = text(12);
    List<String> keep = rule.isBlank() ? List.of() : List.of(rule.split(","));
    Map<String, String> out =
        run(
            List.of(
                fx.doc("hq", null, "2022-01-01", 0.9, t),
                fx.doc("lq", null, "2022-06-01", 0.1, t),
                fx.doc("old", null, "2020-01-01", 0.5, t),
                fx.doc("new", null, "2024-01-01", 0.5, t)),
            config(null, null, keep, null));
    assertEquals("null|null|" + expectedKept + "|4", out.get(expectedKept), out.toString());
  }

  @Test
  void sameResultWhateverThePartitioning(@TempDir Path tmp) {
    SplittableRandom rnd = new SplittableRandom(13);
    // the chain makes sure members are rejected by their keeper and clustered again
    List<Row> rows = new ArrayList<>(chain());
    for (int f = 0; f < 40; f++) {
      List<String> base = words(rnd, 200);
      int copies = rnd.nextInt(4);
      for (int c = 0; c <= copies; c++) {
        List<String> w = c == 0 ? base : replaceBlock(base, rnd.nextInt(150), 0, rnd);
        if (c > 0 && rnd.nextBoolean()) {
          int at = rnd.nextInt(180);
          w = replaceBlock(base, at, at + 1 + rnd.nextInt(15), rnd);
        }
        Double q = rnd.nextInt(3) == 0 ? null : (double) rnd.nextInt(4);
        String url = rnd.nextInt(5) == 0 ? "http://u/" + rnd.nextInt(10) : null;
        rows.add(
            fx.doc(
                "f" + f + "c" + c,
                url,
                "2024-01-0" + (1 + rnd.nextInt(3)),
                q,
                String.join(" ", w)));
      }
    }
    Dataset<Row> df = spark.createDataFrame(rows, Deduplicator.CANDIDATE_SCHEMA);
    Map<String, String> reference = run(df.repartition(1), DedupConfig.defaults());
    assertTrue(reference.values().stream().anyMatch(v -> v.startsWith("dedup.near")));
    assertEquals("dedup.near|c|null|null", reference.get("d"));
    String scratch = tmp.resolve("scratch").toString();
    Map<String, String> viaScratch = new TreeMap<>();
    for (Row r :
        new Deduplicator(scratch).apply(spark, df, DedupConfig.defaults()).collectAsList()) {
      viaScratch.put(
          r.getString(0),
          r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3) + "|" + r.get(4));
    }
    assertEquals(reference, viaScratch, "Parquet scratch instead of checkpoints");
    try (Stream<Path> left = Files.list(tmp.resolve("scratch"))) {
      // every intermediate round is deleted once read; only the result stays
      assertEquals(
          List.of("decided"),
          left.map(p -> p.getFileName().toString().replaceAll("-\\d+$", "")).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String before = spark.conf().get("spark.sql.shuffle.partitions");
    try {
      for (int parts : new int[] {3, 7}) {
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(parts + 2));
        assertEquals(
            reference, run(df.repartition(parts), DedupConfig.defaults()), "partitions " + parts);
      }
    } finally {
      spark.conf().set("spark.sql.shuffle.partitions", before);
    }
  }

  @Test
  void incrementalRunDropsWhatAnEarlierRunPublished(@TempDir Path tmp) {
    SplittableRandom rnd = new SplittableRandom(14);
    List<String> published = words(rnd, 300);
    List<String> dropped = words(rnd, 300);
    List<Row> first =
        List.of(
            fx.doc("old1", "http://o/1", "2023-01-01", 0.5, String.join(" ", published)),
            fx.doc("old2", "http://o/2", "2023-01-01", 0.9, String.join(" ", dropped)),
            fx.doc("old3", "http://o/3", "2023-01-01", 0.1, String.join(" ", dropped)));
    Dataset<Row> firstDf = spark.createDataFrame(first, Deduplicator.CANDIDATE_SCHEMA);
    Dataset<Row> firstOut = dedup.apply(spark, firstDf, DedupConfig.defaults());
    String sigs = tmp.resolve("signatures").toString();
    Deduplicator.signaturesToSave(firstDf, firstOut).write().parquet(sigs);
    assertEquals(2, spark.read().parquet(sigs).count());

    Map<String, String> out =
        run(
            List.of(
                fx.doc("new1", "http://o/1", "2024-01-01", 1.0, String.join(" ", published)),
                fx.doc(
                    "new2",
                    "http://n/2",
                    "2024-01-01",
                    1.0,
                    String.join(" ", replaceBlock(published, 50, 58, rnd))),
                fx.doc("new3", "http://n/3", "2024-01-01", 1.0, text(15)),
                fx.doc("new4", "http://n/4", "2024-01-01", 0.2, text(15))),
            config(null, null, null, List.of(sigs)));
    assertEquals(4, out.size(), "earlier documents never appear in the output: " + out);
    assertEquals("dedup.exact|old1|null|null", out.get("new1"));
    assertEquals("dedup.near|old1|null|null", out.get("new2"));
    assertEquals("null|null|new3|2", out.get("new3"));
    assertEquals("dedup.exact|new3|null|null", out.get("new4"));
  }
}
