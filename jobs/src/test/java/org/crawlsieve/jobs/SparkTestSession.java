package org.crawlsieve.jobs;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for the whole test JVM (starting one costs seconds). CLI commands under
 * test stop the session they get, as they do in production, so a stopped one is replaced.
 */
public final class SparkTestSession {
  private static SparkSession spark;

  private SparkTestSession() {}

  public static synchronized SparkSession get() {
    if (spark == null || spark.sparkContext().isStopped()) {
      System.setProperty("spark.ui.enabled", "false");
      System.setProperty("spark.ui.showConsoleProgress", "false");
      spark = SparkSessions.create("crawlsieve-test", "local[2]", "zstd");
      spark.conf().set("spark.sql.shuffle.partitions", "4");
    }
    return spark;
  }
}
