package org.crawlsieve.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.dedup.DedupConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DedupCommandTest {
  private SparkSession spark;

  @BeforeAll
  void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("DedupCommandTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  @Test
  void oneOutputLinePerInputInInputOrder() throws Exception {
    SplittableRandom rnd = new SplittableRandom(21);
    List<String> base = DedupFixtures.words(rnd, 300);
    String a = String.join(" ", base);
    String near = String.join(" ", DedupFixtures.replaceBlock(base, 40, 48, rnd));
    String other = String.join(" ", DedupFixtures.words(rnd, 300));
    String input =
        String.join(
            "\n",
            "{\"id\":\"x\",\"text\":\"" + a + "\"}",
            "not json",
            "{\"id\":\"y\",\"text\":\"" + a.toUpperCase() + "\"}",
            "",
            "{\"id\":\"z\",\"text\":\"" + near + "\"}",
            "{\"id\":\"w\",\"text\":\"" + other + "\"}",
            "{\"id\":\"v\"}");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int errors =
        DedupCommand.process(
            spark,
            DedupConfig.defaults(),
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            out);
    assertEquals(2, errors);
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\n"));
    assertEquals(6, lines.size(), lines.toString());
    assertEquals("{\"id\":\"x\",\"cluster\":\"x\",\"keep\":true}", lines.get(0));
    assertEquals(true, lines.get(1).startsWith("{\"error\":\"invalid JSON: "), lines.get(1));
    assertEquals(
        "{\"id\":\"y\",\"cluster\":\"x\",\"keep\":false,\"reason\":\"dedup.exact\"}", lines.get(2));
    assertEquals(
        "{\"id\":\"z\",\"cluster\":\"x\",\"keep\":false,\"reason\":\"dedup.near\"}", lines.get(3));
    assertEquals("{\"id\":\"w\",\"cluster\":\"w\",\"keep\":true}", lines.get(4));
    assertEquals("{\"id\":\"v\",\"error\":\"missing field 'text'\",\"line\":7}", lines.get(5));
  }
}
