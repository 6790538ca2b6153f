package org.crawlsieve.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** Builds the Spark session for a run: local when no master is set, the cluster's otherwise. */
public final class SparkSessions {
  private SparkSessions() {}

  /**
   * @param master {@code local[*]}, {@code spark://…}, … or null to keep what spark-submit set
   *     (falling back to {@code local[*]} when nothing is set)
   * @param parquetCodec Parquet compression codec
   */
  public static SparkSession create(String appName, String master, String parquetCodec) {
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
            .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
    if (local) {
      b.config("spark.ui.showConsoleProgress", conf.get("spark.ui.showConsoleProgress", "true"))
          .config("spark.sql.shuffle.partitions", Integer.toString(localShufflePartitions()))
          .config("spark.driver.host", conf.get("spark.driver.host", "127.0.0.1"))
          .config("spark.driver.bindAddress", conf.get("spark.driver.bindAddress", "127.0.0.1"));
    }
    return b.getOrCreate();
  }

  private static int localShufflePartitions() {
    return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
  }
}
