package org.crawlsieve.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.CodeVersion;

/**
 * Stage 1, the per-record pass, in committed batches so a killed run can resume. Each batch of
 * input files is one Spark job writing its own Parquet folder under {@code _work/stage1/}; only
 * after that job has committed is a marker written under {@code _work/markers/} naming the batch's
 * folder, its files and the config hash. A resumed run skips every file a marker with the same
 * config hash names and reads only folders named by markers, so a batch that was killed before its
 * marker existed is redone and its partial folder is never read: every record exactly once.
 */
final class PerRecordPass {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Batch jobs submitted at once: the running one and the one that fills its tail. */
  private static final int BATCHES_IN_FLIGHT = 2;

  private final SparkSession spark;
  private final CrawlsieveConfig config;
  private final OutputLayout out;
  private final String configHash;

  PerRecordPass(SparkSession spark, CrawlsieveConfig config, OutputLayout out, String configHash) {
    this.spark = spark;
    this.config = config;
    this.out = out;
    this.configHash = configHash;
  }

  /** What the pass left for the later stages. */
  record Result(
      List<String> batchDirs, int filesProcessed, int filesSkipped, boolean foreignFiles) {}

  Result run(List<String> inputs) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, String> done = finishedFiles(hadoop);
    Set<String> inputSet = new LinkedHashSet<>(inputs);
    Set<String> dirs = new LinkedHashSet<>();
    boolean foreign = false;
    for (Map.Entry<String, String> e : done.entrySet()) {
      if (inputSet.contains(e.getKey())) {
        dirs.add(e.getValue());
      }
    }
    for (Map.Entry<String, String> e : done.entrySet()) {
      foreign |= dirs.contains(e.getValue()) && !inputSet.contains(e.getKey());
    }
    List<String> todo = new ArrayList<>();
    for (String f : inputs) {
      if (!done.containsKey(f)) {
        todo.add(f);
      }
    }
    int batchSize =
        config.input().batchFiles() > 0
            ? config.input().batchFiles()
            : Math.max(1, 4 * spark.sparkContext().defaultParallelism());
    HadoopConf conf = new HadoopConf(hadoop);
    String runId = Long.toString(System.currentTimeMillis(), 36);
    List<Batch> batches = new ArrayList<>();
    for (int from = 0, n = 0; from < todo.size(); from += batchSize, n++) {
      List<String> files = List.copyOf(todo.subList(from, Math.min(todo.size(), from + batchSize)));
      batches.add(
          new Batch(
              "b" + runId + "-" + n,
              "per-record pass, batch " + (n + 1) + ": " + files.size() + " WARC file(s)",
              files));
    }
    dirs.addAll(runOverlapped(batches, conf));
    return new Result(new ArrayList<>(dirs), todo.size(), inputs.size() - todo.size(), foreign);
  }

  /** Input files committed together: one Spark job, one folder, one marker. */
  private record Batch(String id, String description, List<String> files) {}

  /** One batch as one Spark job, then its marker; returns the batch's folder. */
  private String runBatch(Batch batch, HadoopConf conf) {
    String dir = out.stage1() + "/" + batch.id();
    // local properties are per thread: this batch's thread names its own job, and the group lets
    // a failing batch cancel the one beside it
    spark.sparkContext().setJobGroup(batch.id(), batch.description(), false);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows =
        jsc.parallelize(batch.files(), batch.files().size())
            .mapPartitions(new WarcPartitionFunction(config, conf));
    ParquetStatistics.withoutUniqueStatistics(
            ParquetDictionaries.withoutUniqueDictionaries(
                spark.createDataFrame(rows, RecordSchema.STAGE1).write().mode(SaveMode.Overwrite)))
        .parquet(dir);
    writeMarker(spark.sparkContext().hadoopConfiguration(), batch.id(), dir, batch.files());
    return dir;
  }

  /**
   * Runs the batches in order, {@value #BATCHES_IN_FLIGHT} at a time, and returns their folders in
   * batch order. One job per batch puts a barrier at every batch's end: its last tasks run while
   * the cores that finished theirs wait, about half a file per core (with 4 files per core, an
   * eighth of the pass). With the next batch's job already submitted, Spark's FIFO scheduler gives
   * those cores its tasks instead. Each batch still commits and writes its marker on its own, so a
   * resumed run sees exactly the batches that finished. On the first failure the batch beside it is
   * cancelled (it writes no marker, so a resumed run redoes it), later ones never start, and the
   * failure is rethrown.
   */
  private List<String> runOverlapped(List<Batch> batches, HadoopConf conf) {
    if (batches.isEmpty()) {
      return List.of();
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(BATCHES_IN_FLIGHT, batches.size()),
            r -> {
              Thread t = new Thread(r, "crawlsieve-batch");
              t.setDaemon(true);
              return t;
            });
    List<Future<String>> futures = new ArrayList<>();
    try {
      for (Batch b : batches) {
        futures.add(pool.submit(() -> runBatch(b, conf)));
      }
      List<String> dirs = new ArrayList<>();
      for (Future<String> f : futures) {
        dirs.add(f.get());
      }
      return dirs;
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(false)); // not yet started: never start
      batches.forEach(b -> spark.sparkContext().cancelJobGroup(b.id()));
      awaitQuietly(pool);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("per-record batch failed", cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      futures.forEach(f -> f.cancel(false));
      batches.forEach(b -> spark.sparkContext().cancelJobGroup(b.id()));
      throw new IllegalStateException("interrupted while the per-record pass ran", e);
    } finally {
      pool.shutdown();
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    pool.shutdown();
    try {
      pool.awaitTermination(1, TimeUnit.HOURS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Files finished by earlier attempts under the same config: file -> batch folder. */
  private Map<String, String> finishedFiles(Configuration hadoop) {
    Map<String, String> done = new LinkedHashMap<>();
    Path markers = new Path(out.markers());
    try {
      FileSystem fs = markers.getFileSystem(hadoop);
      if (!fs.exists(markers)) {
        return done;
      }
      for (FileStatus s : fs.listStatus(markers)) {
        if (!s.getPath().getName().endsWith(".json")) {
          continue;
        }
        JsonNode m;
        try (InputStream in = fs.open(s.getPath())) {
          m = JSON.readTree(in);
        }
        if (!configHash.equals(m.path("config_hash").asText())
            || !CodeVersion.get().equals(m.path("code_version").asText())) {
          continue; // made under another config or by other code: redo those files
        }
        for (JsonNode f : m.path("files")) {
          done.put(f.asText(), m.path("dir").asText());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read completion markers in " + markers, e);
    }
    return done;
  }

  private void writeMarker(Configuration hadoop, String batchId, String dir, List<String> files) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("batch", batchId);
    m.put("dir", dir);
    m.put("config_hash", configHash);
    m.put("code_version", CodeVersion.get());
    m.put("files", files);
    m.put("finished_at", java.time.Instant.now().toString());
    Path target = new Path(out.markers(), batchId + ".json");
    Path tmp = new Path(out.markers(), "." + batchId + ".json.tmp");
    try {
      FileSystem fs = target.getFileSystem(hadoop);
      try (OutputStream os = fs.create(tmp, true)) {
        JSON.writeValue(os, m);
      }
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename " + tmp + " -> " + target + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write completion marker " + target, e);
    }
  }
}
