package org.crawlsieve.jobs;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.CrawlsieveConfig;

/**
 * The per-record pass in a warm JVM: one Spark session runs the default pipeline over a warm-up
 * set, then over the measured set once per round, and reports each measured run alone. A cold run
 * of 8,000 pages spends as much CPU in the JIT compilers as in the tasks (C2 alone ~50 s), on the
 * machine's other cores, so a cold {@code local[1]} silently uses ~1.7 cores and a cold
 * local[2]/local[1] ratio measures the JIT, not the pipeline. Long-lived executors over thousands
 * of WARC files run warm.
 *
 * <pre>java -Dcrawlsieve.bench.rounds=N -cp … org.crawlsieve.jobs.WarmRunBench MASTER OUT_DIR
 *     WARMUP_FILES FILE…</pre>
 *
 * <p>Prints one line per round: {@code warm master=… round=… records=… pass_s=… run_wall_s=…
 * process_cpu_s=… jit_s=… pass_cpu_s=… pass_jit_s=… pass_gc_s=… codegen_classes=…}: {@code pass_s}
 * is the round's per-record pass; wall, CPU and JIT seconds are the whole run's (late stages and
 * stats included); the {@code pass_} figures count the per-record-pass jobs alone ({@link
 * PassResources}); {@code codegen_classes} is how many classes Spark's code generator compiled
 * during the run (misses of its cache).
 */
public final class WarmRunBench {
  /** Measured runs after the warm-up ({@code -Dcrawlsieve.bench.rounds}, default 1). */
  private static final int ROUNDS = Integer.getInteger("crawlsieve.bench.rounds", 1);

  /**
   * A folder for taking turns with another WarmRunBench JVM ({@code -Dcrawlsieve.bench.turns}):
   * before the warm-up (turn 0) and each round r this JVM waits for {@code go-TAG-r} there and
   * writes {@code done-TAG-r} after it, TAG being the master without punctuation. A driver that
   * alternates two masters this way measures them side by side in time, so the drift of a shared
   * machine (±10 % between runs minutes apart here) hits both alike.
   */
  private static final String TURNS = System.getProperty("crawlsieve.bench.turns", "");

  private WarmRunBench() {}

  public static void main(String[] args) {
    String master = args[0];
    Path out = Path.of(args[1]);
    int warmupFiles = Integer.parseInt(args[2]);
    List<String> files = Arrays.asList(args).subList(3, args.length);
    CrawlsieveConfig config = CrawlsieveConfig.defaults();
    SparkSession spark =
        SparkSessions.create("crawlsieve warm bench", master, config.output().compression());
    try {
      PassResources pass = new PassResources();
      spark.sparkContext().addSparkListener(pass);
      PassTimeline timeline = new PassTimeline(spark.sparkContext().defaultParallelism());
      spark.sparkContext().addSparkListener(timeline);
      String tag = master.replaceAll("[^A-Za-z0-9]", "");
      awaitTurn(tag, 0);
      run(spark, config, out.resolve("warmup"), files.subList(0, warmupFiles));
      drain(spark);
      timeline.take();
      endTurn(tag, 0);
      for (int round = 1; round <= ROUNDS; round++) {
        awaitTurn(tag, round);
        measure(spark, config, out.resolve("measured-" + round), files, master, round, pass);
        System.err.println("round " + round + " " + timeline.take());
        endTurn(tag, round);
      }
    } finally {
      spark.stop();
    }
  }

  private static void measure(
      SparkSession spark,
      CrawlsieveConfig config,
      Path dir,
      List<String> files,
      String master,
      int round,
      PassResources pass) {
    pass.takeSeconds();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long jit0 = jit.getTotalCompilationTime();
    long codegen0 = codegenCompilations();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    RunStats stats = run(spark, config, dir, files);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double jitSeconds = (jit.getTotalCompilationTime() - jit0) / 1e3;
    long codegen = codegenCompilations() - codegen0;
    drain(spark);
    double[] inPass = pass.takeSeconds();
    Map<String, Object> timing = section(stats, "timing");
    Map<String, Object> byType = section(section(stats, "records_read"), "by_type");
    System.out.printf(
        "warm master=%s round=%d records=%s pass_s=%s run_wall_s=%.2f process_cpu_s=%.2f"
            + " jit_s=%.2f pass_cpu_s=%.2f pass_jit_s=%.2f pass_gc_s=%.2f codegen_classes=%d%n",
        master,
        round,
        byType.getOrDefault("response", 0),
        timing.get("per_record_pass_seconds"),
        wall,
        cpu,
        jitSeconds,
        inPass[0],
        inPass[1],
        inPass[2],
        codegen);
  }

  private static void drain(SparkSession spark) {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not drain", e);
    }
  }

  private static void awaitTurn(String tag, int turn) {
    if (TURNS.isEmpty()) {
      return;
    }
    Path go = Path.of(TURNS, "go-" + tag + "-" + turn);
    try {
      while (!Files.exists(go)) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + go, e);
    }
  }

  private static void endTurn(String tag, int turn) {
    if (TURNS.isEmpty()) {
      return;
    }
    System.out.flush();
    try {
      Files.writeString(Path.of(TURNS, "done-" + tag + "-" + turn), "");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Classes Spark's code generator has compiled in this JVM so far (its cache misses): a run that
   * plans the same queries as an earlier one and finds them in the cache compiles none, and the JIT
   * then has nothing new to compile for them either.
   */
  private static long codegenCompilations() {
    return org.apache.spark.metrics.source.CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
  }

  private static RunStats run(
      SparkSession spark, CrawlsieveConfig config, Path dir, List<String> files) {
    OutputLayout layout = new OutputLayout(dir.toString());
    return new PipelineRun(spark, config, layout, LateStages.of(config, layout)).run(files);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(RunStats stats, String name) {
    return (Map<String, Object>) stats.tree().get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> parent, String name) {
    return (Map<String, Object>) parent.get(name);
  }
}
