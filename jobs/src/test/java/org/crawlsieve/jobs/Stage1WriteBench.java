package org.crawlsieve.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.CrawlsieveConfig;

/**
 * CPU of stage 1's write path on one benchmark file, in one warm {@code local[1]} session, by the
 * task metrics' executor CPU time (the task thread's clock) per record. The file's rows are built
 * once ({@link WarcPartitionFunction}); then each round writes them as stage 1 does (row encoder,
 * projection, Parquet) in three variants, one after the other, so their ratios are measured in the
 * same run: {@code before} (MinHash as a boxed {@code Long[]}, statistics on every column: the
 * stage-1 write before session 5), {@code long[]} (primitive MinHash, statistics on) and {@code
 * after} (primitive MinHash, {@link ParquetStatistics} off on the unique columns). With {@code
 * pass} as fourth argument each round also runs the whole per-record pass ({@link PerRecordPass}:
 * WARC, steps, signature, rows, Parquet) with the classes on the classpath (put base classes in
 * front for a base run).
 *
 * <p>Arguments: {@code [warc file] [rounds] [warm-up rounds] [pass]} (defaults {@code
 * ~/.cache/crawlsieve/bench-v2-1024mb-16f/bench-00.warc.gz}, 7, 3, no pass).
 */
public final class Stage1WriteBench {
  /** Rows per variant, handed to the write job's task (same JVM in local mode). */
  private static final Map<String, List<Row>> ROWS = new java.util.concurrent.ConcurrentHashMap<>();

  private Stage1WriteBench() {}

  public static void main(String[] args) throws Exception {
    String file =
        args.length > 0
            ? args[0]
            : System.getProperty("user.home")
                + "/.cache/crawlsieve/bench-v2-1024mb-16f/bench-00.warc.gz";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    boolean withPass = args.length > 3 && args[3].equals("pass");
    if (!Files.isRegularFile(Path.of(file))) {
      System.err.println("no benchmark file " + file + " (make bench builds it)");
      System.exit(2);
    }
    System.setProperty("spark.ui.enabled", "false");
    SparkSession spark = SparkSessions.create("stage1-write-bench", "local[1]", "zstd");
    AtomicLong taskCpu = new AtomicLong();
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null) {
                  taskCpu.addAndGet(end.taskMetrics().executorCpuTime());
                }
              }
            });
    CrawlsieveConfig config = CrawlsieveConfig.defaults();
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    List<Row> built = new ArrayList<>();
    new WarcPartitionFunction(config, conf)
        .call(List.of(file).iterator())
        .forEachRemaining(built::add);
    int m = RecordSchema.index("minhash");
    ROWS.put("before", withMinhash(built, m, true));
    ROWS.put("long[]", withMinhash(built, m, false));
    ROWS.put("after", withMinhash(built, m, false));
    long records = built.stream().filter(r -> RecordRows.KIND_RECORD.equals(r.get(0))).count();
    Map<String, String> statsOn = ParquetDictionaries.options();
    Map<String, String> statsOff = new java.util.LinkedHashMap<>(statsOn);
    statsOff.putAll(ParquetStatistics.options());
    Map<String, Map<String, String>> options =
        Map.of("before", statsOn, "long[]", statsOn, "after", statsOff);
    List<String> variants = List.of("before", "long[]", "after");
    Path tmp = Files.createTempDirectory("stage1-write-bench");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    System.out.printf("file=%s rows=%d records=%d%n", file, built.size(), records);
    Map<String, double[]> cpu = new java.util.LinkedHashMap<>();
    variants.forEach(v -> cpu.put(v, new double[rounds]));
    cpu.put("pass", new double[rounds]);
    for (int r = -warmup; r < rounds; r++) {
      StringBuilder line = new StringBuilder("round " + r + ":");
      for (String v : variants) {
        long c0 = taskCpu.get();
        spark
            .createDataFrame(
                jsc.parallelize(List.of(v), 1).mapPartitions(x -> ROWS.get(x.next()).iterator()),
                RecordSchema.STAGE1)
            .write()
            .mode(SaveMode.Overwrite)
            .options(options.get(v))
            .parquet(tmp.resolve("write").toString());
        double us = (taskCpu.get() - c0) / 1e3 / records;
        line.append(String.format(" %s %.1f", v, us));
        if (r >= 0) {
          cpu.get(v)[r] = us;
        }
      }
      if (withPass) {
        long c0 = taskCpu.get();
        new PerRecordPass(spark, config, new OutputLayout(tmp.resolve("pass" + r).toString()), "h")
            .run(List.of(file));
        double us = (taskCpu.get() - c0) / 1e3 / records;
        line.append(String.format(" pass %.1f", us));
        if (r >= 0) {
          cpu.get("pass")[r] = us;
        }
      }
      System.out.println(line.append(" task CPU us/record"));
    }
    StringBuilder summary = new StringBuilder("median:");
    for (Map.Entry<String, double[]> e : cpu.entrySet()) {
      if (e.getKey().equals("pass") && !withPass) {
        continue;
      }
      double[] v = e.getValue().clone();
      Arrays.sort(v);
      summary.append(String.format(" %s %.1f (min %.1f)", e.getKey(), v[rounds / 2], v[0]));
    }
    System.out.println(summary.append(" task CPU us/record"));
    spark.stop();
    try (var paths = Files.walk(tmp)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * {@code rows} with the MinHash column as a boxed {@code Long[]} or a primitive {@code long[]}.
   */
  private static List<Row> withMinhash(List<Row> rows, int index, boolean boxed) {
    List<Row> out = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Object[] v = new Object[row.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = row.get(i);
      }
      long[] values = primitive(v[index]);
      if (values != null) {
        Long[] b = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
          b[i] = values[i];
        }
        v[index] = boxed ? b : values;
      }
      out.add(RowFactory.create(v));
    }
    return out;
  }

  private static long[] primitive(Object minhash) {
    if (minhash instanceof long[] p) {
      return p;
    }
    if (minhash instanceof Long[] b) {
      long[] p = new long[b.length];
      for (int i = 0; i < b.length; i++) {
        p[i] = b[i];
      }
      return p;
    }
    return null;
  }
}
