package org.crawlsieve.jobs;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for the whole test JVM (starting one costs seconds). */
public final class SparkTestSession {
  private SparkTestSession() {}

  private static final class Holder {
    static final SparkSession SPARK = create();

    private static SparkSession create() {
      System.setProperty("spark.ui.enabled", "false");
      System.setProperty("spark.ui.showConsoleProgress", "false");
      SparkSession s = SparkSessions.create("crawlsieve-test", "local[2]", "zstd");
      s.conf().set("spark.sql.shuffle.partitions", "4");
      return s;
    }
  }

  public static SparkSession get() {
    return Holder.SPARK;
  }
}
