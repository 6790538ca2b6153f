package org.crawlsieve.jobs;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.storage.PosixLocalFileSystem;

/** Builds the Spark session for a run: local when no master is set, the cluster's otherwise. */
public final class SparkSessions {
  /** Entries of Spark's cache of compiled generated classes (a static conf: set at start-up). */
  static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

  /** Hadoop's implementation of {@code file:} paths. */
  static final String LOCAL_FS = "spark.hadoop.fs.file.impl";

  private SparkSessions() {}

  /**
   * @param master {@code local[*]}, {@code spark://…}, … or null to keep what spark-submit set
   *     (falling back to {@code local[*]} when nothing is set)
   * @param parquetCodec Parquet compression codec
   */
  public static SparkSession create(String appName, String master, String parquetCodec) {
    return create(appName, master, parquetCodec, Map.of(), Map.of());
  }

  /**
   * As {@link #create(String, String, String)}, with settings in three layers: {@code overrides}
   * (the run's {@code --conf}) win over what spark-submit set, which wins over {@code defaults}
   * (derived from the config file, e.g. the s3a settings).
   */
  public static SparkSession create(
      String appName,
      String master,
      String parquetCodec,
      Map<String, String> defaults,
      Map<String, String> overrides) {
    SparkConf conf = new SparkConf();
    String effective = master != null ? master : conf.get("spark.master", "local[*]");
    boolean local = effective.startsWith("local");
    SparkSession.Builder b =
        SparkSession.builder()
            .appName(appName)
            .master(effective)
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.parquet.compression.codec", parquetCodec)
            .config("spark.sql.adaptive.enabled", "true")
            .config("spark.sql.adaptive.skewJoin.enabled", "true")
            .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
            // a run plans ~165 distinct generated classes, more than the cache's default 100, so
            // each later run in the JVM (the tests, a warm executor, `publish` after `run`)
            // compiled them all again with Janino and then the JIT; 1,000 keeps them all
            .config(CODEGEN_CACHE, conf.get(CODEGEN_CACHE, "1000"))
            // file: paths set permissions through java.nio, not a chmod process per file created
            .config(LOCAL_FS, conf.get(LOCAL_FS, PosixLocalFileSystem.class.getName()));
    if (local) {
      b.config("spark.ui.showConsoleProgress", conf.get("spark.ui.showConsoleProgress", "true"))
          .config("spark.sql.shuffle.partitions", Integer.toString(localShufflePartitions()))
          .config("spark.driver.host", conf.get("spark.driver.host", "127.0.0.1"))
          .config("spark.driver.bindAddress", conf.get("spark.driver.bindAddress", "127.0.0.1"));
    }
    defaults.forEach(
        (k, v) -> {
          if (!conf.contains(k) && !overrides.containsKey(k)) {
            b.config(k, v);
          }
        });
    overrides.forEach(b::config);
    return b.getOrCreate();
  }

  private static int localShufflePartitions() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }
}
