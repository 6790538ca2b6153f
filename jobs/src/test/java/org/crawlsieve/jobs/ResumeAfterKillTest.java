package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Restart safety: a local run killed with SIGKILL at a random moment, then resumed on the same
 * output directory, gives exactly the document ids and decisions of an uninterrupted run.
 */
class ResumeAfterKillTest {
  static final Path REPO = Path.of(System.getProperty("crawlsieve.repo", ".."));
  static final String CONFIG = "steps: [extract, language, dedup]\ninput:\n  batch_files: 1\n";
  @TempDir static Path dir;
  static Path configFile;
  static List<String> inputs;
  static Set<String> referenceDecisions;
  static Set<String> referenceDocuments;
  static SparkSession spark;

  @BeforeAll
  static void reference() throws IOException {
    configFile = dir.resolve("resume.yaml");
    Files.writeString(configFile, CONFIG);
    spark = SparkTestSession.get();
    inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(REPO.resolve("sample-warc") + "/*.warc.gz", 0);
    OutputLayout ref = new OutputLayout(dir.resolve("reference").toString());
    run(ref);
    referenceDecisions = decisions(ref);
    referenceDocuments = documents(ref);
    assertTrue(referenceDocuments.size() > 100);
  }

  private static RunStats run(OutputLayout out) {
    CrawlsieveConfig config = ConfigLoader.load(configFile);
    return new PipelineRun(spark, config, out, LateStages.of(config, out)).run(inputs);
  }

  private static Set<String> decisions(OutputLayout out) {
    Set<String> s = new TreeSet<>();
    for (Row r :
        spark.read().parquet(out.decisions()).select("id", "verdict", "reason").collectAsList()) {
      s.add(r.getString(0) + " " + r.getString(1) + " " + r.getString(2));
    }
    return s;
  }

  private static Set<String> documents(OutputLayout out) {
    Set<String> s = new TreeSet<>();
    for (Row r : spark.read().parquet(out.documents()).select("id").collectAsList()) {
      assertTrue(s.add(r.getString(0)), "document twice: " + r.getString(0));
    }
    return s;
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 23, 42})
  void killedRunResumesToTheSameResult(long seed) throws Exception {
    Path output = dir.resolve("killed-" + seed);
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    for (String opt : System.getProperty("crawlsieve.jvm.opens", "").split(" ")) {
      if (!opt.isBlank()) {
        cmd.add(opt);
      }
    }
    cmd.add("-Dspark.ui.enabled=false");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(CrawlsieveCli.class.getName());
    cmd.addAll(
        List.of(
            "run",
            "--master",
            "local[2]",
            "--config",
            configFile.toString(),
            "--output",
            output.toString()));
    for (String in : inputs) {
      cmd.add("--input");
      cmd.add(in);
    }
    Process child =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("child-" + seed + ".log").toFile())
            .start();
    long killAfterMillis = 4_000 + new Random(seed).nextInt(30_000);
    boolean finished = child.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
    if (!finished) {
      child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
      child.waitFor(30, TimeUnit.SECONDS);
    }
    OutputLayout out = new OutputLayout(output.toString());
    File[] markers = new File(out.markers()).listFiles((d, n) -> n.endsWith(".json"));
    System.out.printf(
        "seed %d: %s after %d ms, %d of %d batches committed, stats %s%n",
        seed,
        finished ? "finished" : "killed",
        killAfterMillis,
        markers == null ? 0 : markers.length,
        inputs.size(),
        new File(out.stats()).exists() ? "written" : "absent");
    RunStats resumed = run(out);
    assertEquals(referenceDocuments, documents(out), "seed " + seed + " killed=" + !finished);
    assertEquals(referenceDecisions, decisions(out), "seed " + seed);
    assertTrue(new File(out.stats()).exists());
    if (!finished) {
      assertTrue(!resumed.fromEarlierRun() || child.exitValue() != 0);
    }
  }
}
