package org.crawlsieve.jobs.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.ConfigOption;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.jobs.SparkSessions;
import org.crawlsieve.warc.FailedInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crawlsieve robots-table}: build a crawl's robots table once, for many runs. */
@Command(
    name = "robots-table",
    mixinStandardHelpOptions = true,
    description = {
      "Read robots.txt captures from WARC files in Common Crawl's robotstxt format and write",
      "the robots table (Parquet, one row per capture) that `run --robots-table` joins.",
      "An input is a WARC file, a directory, a glob or a listing such as robotstxt.paths.gz."
    })
public final class RobotsTableCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "PATH",
      description = "robotstxt WARC file, directory, glob or listing; repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "directory of the table (local path, s3a://, hdfs://)")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: what spark-submit set, else local[*])")
  String master;

  @Option(
      names = "--paths-prefix",
      paramLabel = "PREFIX",
      description = "prefix for relative paths in a listing (default from config)")
  String pathsPrefix;

  @Override
  public Integer call() {
    CrawlsieveConfig cfg = config.load();
    SparkSession spark =
        SparkSessions.create("crawlsieve robots-table", master, cfg.output().compression());
    try {
      String prefix = pathsPrefix != null ? pathsPrefix : cfg.input().pathsPrefix();
      List<String> warcs = RobotsInputs.resolve(spark, inputs, prefix);
      System.err.printf("crawlsieve: %d robotstxt WARC file(s) -> %s%n", warcs.size(), output);
      List<FailedInput> failed =
          RobotsTable.build(spark, warcs, cfg.input(), cfg.consent().maxRobotsBytes(), output);
      for (FailedInput f : failed) {
        System.out.printf(
            "failed input: %s at offset %d after %d record(s): %s%n",
            f.path(), f.offset(), f.recordsRead(), f.error());
      }
      long captures = spark.read().parquet(output).count();
      long origins = spark.read().parquet(output).select("origin").distinct().count();
      System.out.printf(
          "robots table: %,d captures, %,d origins -> %s%n", captures, origins, output);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
