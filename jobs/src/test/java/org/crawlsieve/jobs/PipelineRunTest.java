package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.core.CodeVersion;
import org.crawlsieve.testing.TestWarc;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole run on Spark local[2] over small WARCs made by the test. */
class PipelineRunTest {
  @TempDir static Path dir;
  static RunStats stats;
  static OutputLayout out;
  static SparkSession spark;
  static CrawlsieveConfig config;

  @BeforeAll
  static void run() throws IOException {
    TestWarc good = new TestWarc(true).warcinfo("CC-MAIN-2026-08");
    String english =
        "<p>The river flows through the old town and the people of the valley have walked along"
            + " its banks for many hundreds of years. It is a quiet place.</p>";
    for (int i = 0; i < 6; i++) {
      String url = "https://site" + (i % 3) + ".example/article/" + i;
      good.request(url);
      good.response(
          url,
          TestWarc.http(
              200,
              TestWarc.html("Article " + i, english + "<p>Number " + i + ".</p>"),
              "Content-Type",
              "text/html; charset=utf-8"));
    }
    good.response("https://site0.example/missing", TestWarc.http(404, TestWarc.html("x", "gone")));
    good.response(
        "https://site1.example/logo.png",
        TestWarc.http(200, new byte[] {1, 2, 3}, "Content-Type", "image/png"));
    good.response(
        "https://site2.example/empty",
        TestWarc.http(200, TestWarc.html("", ""), "Content-Type", "text/html"));
    Files.write(dir.resolve("CC-MAIN-2026-08-good.warc.gz"), good.bytes());

    TestWarc broken = new TestWarc(true);
    byte[] noise = new byte[100_000];
    new java.util.Random(1).nextBytes(noise);
    broken.response("https://site3.example/a", TestWarc.http(200, TestWarc.html("A", english)));
    broken.response("https://site3.example/big", TestWarc.http(200, noise));
    byte[] b = broken.bytes();
    Files.write(dir.resolve("broken.warc.gz"), Arrays.copyOf(b, b.length - 30_000));

    config = ConfigLoader.parse("steps: [extract, language]\n", "test");
    spark = SparkTestSession.get();
    out = new OutputLayout(dir.resolve("out").toString());
    List<String> inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(dir + "/*.warc.gz", 0);
    stats = new PipelineRun(spark, config, out, LateStages.of(config, out)).run(inputs);
  }

  @Test
  void funnelCountsMatchWhatWasWritten() {
    assertEquals(2, stats.get("inputs", "files"));
    assertEquals(1, stats.get("inputs", "failed"));
    // good: warcinfo + 6 requests + 9 responses; broken: 2 responses (the second cut)
    assertEquals(18, stats.get("records_read", "total"));
    assertEquals(11, stats.documentsIn());
    assertEquals(7, stats.kept());
    @SuppressWarnings("unchecked")
    Map<String, Long> dropped = (Map<String, Long>) stats.tree().get("dropped");
    assertEquals(
        Map.of("extract.http_status", 1L, "extract.unsupported_type", 1L, "extract.empty", 1L),
        dropped);
    @SuppressWarnings("unchecked")
    Map<String, Long> errors = (Map<String, Long>) stats.tree().get("errors");
    assertEquals(Map.of("warc.read_error", 1L), errors);
    assertEquals(ConfigLoader.hash(config), stats.tree().get("config_hash"));
    assertEquals(CodeVersion.get(), stats.tree().get("code_version"));
  }

  @Test
  void outputsExistWithOneDecisionRowPerRecord() {
    Dataset<Row> decisions = spark.read().parquet(out.decisions());
    Dataset<Row> documents = spark.read().parquet(out.documents());
    assertEquals(11, decisions.count());
    assertEquals(11, decisions.select("id").distinct().count());
    assertEquals(7, documents.count());
    assertTrue(
        Arrays.asList(decisions.columns())
            .containsAll(
                List.of(
                    "id",
                    "url",
                    "verdict",
                    "step",
                    "reason",
                    "evidence",
                    "warc_path",
                    "warc_offset",
                    "warc_length",
                    "config_hash",
                    "code_version")));
    assertTrue(!Arrays.asList(decisions.columns()).contains("text"), "decisions carry no text");
    assertTrue(
        Arrays.asList(documents.columns())
            .containsAll(
                List.of(
                    "text",
                    "id",
                    "dump",
                    "url",
                    "date",
                    "file_path",
                    "language",
                    "language_score",
                    "token_count",
                    "warc_path",
                    "warc_offset",
                    "warc_length")));
    Row doc = documents.filter("url = 'https://site0.example/article/0'").first();
    assertEquals("CC-MAIN-2026-08", doc.getAs("dump"));
    assertEquals("en", doc.getAs("language"));
    assertTrue(((String) doc.getAs("text")).contains("The river flows"));
    assertTrue(((String) doc.getAs("date")).startsWith("2026-02-03T10:"));
  }

  @Test
  void failedInputIsListedWithItsOffset() {
    Row f = spark.read().parquet(out.failedInputs()).first();
    assertTrue(((String) f.getAs("path")).endsWith("broken.warc.gz"));
    assertTrue((Long) f.getAs("offset") > 0);
  }

  @Test
  void everyRowsProvenancePointsAtItsRecord() throws IOException {
    List<Row> rows =
        spark
            .read()
            .parquet(out.decisions())
            .select("id", "warc_path", "warc_offset", "warc_length", "reason")
            .collectAsList();
    for (Row r : rows) {
      String path = r.getString(1).replaceFirst("^file:", "");
      byte[] file = Files.readAllBytes(Path.of(path));
      int from = (int) r.getLong(2);
      int to = (int) Math.min(file.length, from + r.getLong(3));
      byte[] slice = Arrays.copyOfRange(file, from, to);
      WarcFileReader reader =
          new WarcFileReader(
              new ByteArrayInputStream(slice), path, slice.length, InputConfig.defaults());
      assertTrue(reader.hasNext(), "nothing at " + path + "@" + from);
      RawRecord rec = reader.next();
      assertEquals(r.getString(0), rec.provenance().recordId(), "record at " + from);
    }
  }

  @Test
  void statsJsonIsWritten() throws IOException {
    String json = Files.readString(Path.of(out.stats()), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"config_hash\""));
    assertTrue(json.contains("\"records_read\""));
    List<String> steps =
        ((List<?>) stats.tree().get("steps"))
            .stream().map(s -> (String) ((Map<?, ?>) s).get("step")).collect(Collectors.toList());
    assertEquals(List.of("extract", "language"), steps);
  }

  @Test
  void listValuesAreWrittenWithoutADictionaryToo() throws IOException {
    List<Row> rows = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(3);
    for (int i = 0; i < 50; i++) {
      Long[] minhash = new Long[8];
      for (int k = 0; k < minhash.length; k++) {
        minhash[k] = (long) random.nextInt(5); // few values: a default writer keeps a dictionary
      }
      rows.add(org.apache.spark.sql.RowFactory.create("lang" + (i % 2), Arrays.asList(minhash)));
    }
    org.apache.spark.sql.types.StructType schema =
        new org.apache.spark.sql.types.StructType()
            .add("language", org.apache.spark.sql.types.DataTypes.StringType)
            .add(
                "minhash",
                org.apache.spark.sql.types.DataTypes.createArrayType(
                    org.apache.spark.sql.types.DataTypes.LongType));
    Dataset<Row> table = spark.createDataFrame(rows, schema).coalesce(1);
    String plain = dir.resolve("dict-default").toString();
    String tuned = dir.resolve("dict-tuned").toString();
    table.write().parquet(plain);
    ParquetDictionaries.withoutUniqueDictionaries(table.write()).parquet(tuned);
    assertEquals(true, dictionaryByColumn(plain).get("minhash.list.element"));
    assertEquals(false, dictionaryByColumn(tuned).get("minhash.list.element"));
    assertEquals(true, dictionaryByColumn(tuned).get("language"));
  }

  @Test
  void theRunsOutputTablesCarryNoStatisticsOnTextAndIds() throws IOException {
    Map<String, Boolean> documents = statisticsByColumn(out.documents());
    assertEquals(false, documents.get("text"));
    assertEquals(false, documents.get("id"));
    assertEquals(true, documents.get("warc_offset"));
    Map<String, Boolean> decisions = statisticsByColumn(out.decisions());
    assertEquals(false, decisions.get("url"));
    assertEquals(true, decisions.get("warc_offset"));
  }

  /** Column path -> whether its first chunk in the folder's first data file has statistics. */
  private static Map<String, Boolean> statisticsByColumn(String folder) throws IOException {
    Map<String, Boolean> out = new java.util.TreeMap<>();
    try (org.apache.parquet.hadoop.ParquetFileReader r = firstDataFile(folder)) {
      for (var column : r.getFooter().getBlocks().get(0).getColumns()) {
        out.put(column.getPath().toDotString(), !column.getStatistics().isEmpty());
      }
    }
    return out;
  }

  private static org.apache.parquet.hadoop.ParquetFileReader firstDataFile(String folder)
      throws IOException {
    Path file;
    try (var files = Files.list(Path.of(folder))) {
      file =
          files
              .filter(f -> f.getFileName().toString().endsWith(".parquet"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    return org.apache.parquet.hadoop.ParquetFileReader.open(
        org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
            new org.apache.hadoop.fs.Path(file.toUri()),
            new org.apache.hadoop.conf.Configuration()));
  }

  /** Column path -> whether its first chunk in the folder's first data file has a dictionary. */
  private static Map<String, Boolean> dictionaryByColumn(String folder) throws IOException {
    Map<String, Boolean> out = new java.util.TreeMap<>();
    try (org.apache.parquet.hadoop.ParquetFileReader r = firstDataFile(folder)) {
      for (var column : r.getFooter().getBlocks().get(0).getColumns()) {
        out.put(column.getPath().toDotString(), column.hasDictionaryPage());
      }
    }
    return out;
  }
}
