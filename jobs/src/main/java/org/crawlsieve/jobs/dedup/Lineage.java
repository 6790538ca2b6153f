package org.crawlsieve.jobs.dedup;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;

/**
 * Materialises intermediate results of the dedup stage so that iterative steps (connected
 * components, re-clustering rounds) neither grow their query plans nor recompute earlier rounds.
 *
 * <p>With a scratch folder (what the run job passes: a folder under the run's {@code _work/}, on
 * the cluster's shared file system) each cut is written there as Parquet and read back: it survives
 * the loss of an executor, needs no global SparkContext setting, and {@link #discard} deletes a
 * round as soon as the next one has been written, so scratch space stays bounded by two rounds.
 * Without one it is a reliable {@code Dataset.checkpoint} when the SparkContext has a checkpoint
 * directory, else a {@code localCheckpoint}: executor-local blocks, fine in local mode (tests, the
 * {@code dedup} CLI, the benchmark) where an executor cannot be lost apart from the driver; Spark's
 * context cleaner frees them once the Dataset is unreachable.
 */
final class Lineage {
  private final String scratch;
  private final Set<String> paths = new HashSet<>();
  private int written;

  /**
   * @param scratch folder for materialised rounds (created if missing); null to use Spark
   *     checkpoints
   */
  Lineage(String scratch) {
    this.scratch = scratch == null ? null : scratch.replaceAll("/+$", "");
  }

  /** Materialises {@code ds} eagerly and returns a Dataset with no lineage before this point. */
  Dataset<Row> cut(Dataset<Row> ds, String name) {
    if (scratch == null) {
      if (ds.sparkSession().sparkContext().getCheckpointDir().isEmpty()) {
        return ds.localCheckpoint(true);
      }
      // a reliable checkpoint runs the plan twice (count, then write) unless it is cached
      ds.persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> cut = ds.checkpoint(true);
      ds.unpersist();
      return cut;
    }
    String path = scratch + "/" + name + "-" + written++;
    ds.write().mode(SaveMode.Overwrite).parquet(path);
    paths.add(qualified(ds, new Path(path)).toUri().getPath());
    return ds.sparkSession().read().parquet(path);
  }

  /**
   * Frees what {@link #cut} wrote to the scratch folder for the cut {@code ds} reads (directly or
   * through projections); Spark checkpoints are left to the context cleaner. {@code ds}, and
   * anything built on it, must not be used afterwards.
   */
  void discard(Dataset<Row> ds) {
    if (paths.isEmpty()) {
      return;
    }
    for (String file : ds.inputFiles()) {
      String filePath = new Path(file).toUri().getPath();
      for (String path : List.copyOf(paths)) {
        if (filePath.startsWith(path + "/")) {
          paths.remove(path);
          delete(ds, new Path(path));
        }
      }
    }
  }

  /**
   * The absolute path, to match against {@code inputFiles()} by the path part of the URIs only
   * ({@code file:/x} and {@code file:///x}, or a default port, spell one folder differently).
   */
  private static Path qualified(Dataset<Row> ds, Path path) {
    try {
      return path.getFileSystem(ds.sparkSession().sparkContext().hadoopConfiguration())
          .makeQualified(path);
    } catch (IOException e) {
      return path;
    }
  }

  private static void delete(Dataset<Row> ds, Path dir) {
    try {
      dir.getFileSystem(ds.sparkSession().sparkContext().hadoopConfiguration()).delete(dir, true);
    } catch (IOException e) {
      // a leftover costs scratch space until the run removes _work/, not correctness
    }
  }
}
