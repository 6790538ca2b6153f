package org.crawlsieve.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.ConfigOption;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.jobs.consent.RobotsInputs;
import org.crawlsieve.jobs.consent.RobotsTable;
import org.crawlsieve.jobs.storage.StorageSettings;
import org.crawlsieve.warc.FailedInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code crawlsieve run}: the whole pipeline over WARC files, on Spark. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run the whole pipeline over WARC files and write documents/, decisions/, stats.json",
      "and failed_inputs/ under the output directory.",
      "An input is a WARC file, a directory, a glob, or a listing (.paths, .paths.gz, .txt, .list)",
      "such as Common Crawl's warc.paths.gz, whose relative lines are resolved against",
      "--paths-prefix (default from config input.paths_prefix: s3a://commoncrawl/)."
    })
public final class RunCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "PATH",
      description = "WARC file, directory, glob or listing; repeatable")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "output directory (local path, s3a://, hdfs://)")
  String output;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: what spark-submit set, else local[*])")
  String master;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "read only the first N WARC files of the input (0: all)")
  int limit;

  @Option(
      names = "--paths-prefix",
      paramLabel = "PREFIX",
      description = "prefix for relative paths in a listing (overrides input.paths_prefix)")
  String pathsPrefix;

  @Option(
      names = "--max-error-rate",
      paramLabel = "RATE",
      description =
          "abort after the per-record pass if more than this share of records errored"
              + " (0..1; default: no limit), printing the top errors")
  Double maxErrorRate;

  @Option(names = "--keep-work", description = "keep _work/ (intermediate tables) after success")
  boolean keepWork;

  @Option(
      names = "--robots",
      paramLabel = "PATH",
      description = {
        "robotstxt WARC files (file, directory, glob or listing such as robotstxt.paths.gz);",
        "repeatable. Their robots table is written to <output>/robots/ and joined by origin."
      })
  List<String> robots = new ArrayList<>();

  @Option(
      names = "--robots-table",
      paramLabel = "DIR",
      description = "a robots table built before (robots-table command); instead of --robots")
  String robotsTable;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = {
        "Spark or Hadoop setting (spark.hadoop.fs.s3a.endpoint=…); repeatable; wins over the",
        "config file's s3: and http: sections and over spark-submit's --conf"
      })
  List<String> conf = new ArrayList<>();

  @Override
  public Integer call() {
    if (maxErrorRate != null && (maxErrorRate < 0 || maxErrorRate > 1)) {
      throw new UserException("--max-error-rate must be between 0 and 1, got " + maxErrorRate);
    }
    CrawlsieveConfig cfg = config.load();
    if (limit < 0) {
      throw new UserException("--limit must be >= 0, got " + limit);
    }
    if (!robots.isEmpty() && robotsTable != null) {
      throw new UserException("give --robots or --robots-table, not both");
    }
    if (pathsPrefix != null) {
      InputConfig in = cfg.input();
      cfg = cfg.withInput(in.withPathsPrefix(pathsPrefix));
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String kv : conf) {
      int eq = kv.indexOf('=');
      if (eq <= 0 || !(kv.startsWith("spark.") || kv.startsWith("fs."))) {
        throw new UserException("--conf expects spark.KEY=VALUE, got '" + kv + "'");
      }
      String key = kv.substring(0, eq);
      overrides.put(key.startsWith("fs.") ? "spark.hadoop." + key : key, kv.substring(eq + 1));
    }
    SparkSession spark =
        SparkSessions.create(
            "crawlsieve run",
            master,
            cfg.output().compression(),
            StorageSettings.of(cfg.s3(), cfg.http(), output),
            overrides);
    try {
      InputResolver resolver =
          new InputResolver(spark.sparkContext().hadoopConfiguration(), cfg.input().pathsPrefix());
      LinkedHashSet<String> files = new LinkedHashSet<>();
      for (String input : inputs) {
        files.addAll(resolver.resolve(input, 0));
      }
      List<String> list = new ArrayList<>(files);
      if (limit > 0 && list.size() > limit) {
        list = list.subList(0, limit);
      }
      System.err.printf("crawlsieve: %d WARC file(s) -> %s%n", list.size(), output);
      OutputLayout layout = new OutputLayout(output);
      String table = robotsTable;
      List<String> robotsWarcs = List.of();
      List<FailedInput> robotsFailures = List.of();
      if (!robots.isEmpty()) {
        robotsWarcs = RobotsInputs.resolve(spark, robots, cfg.input().pathsPrefix());
        System.err.printf(
            "crawlsieve: %d robotstxt WARC file(s) -> %s%n", robotsWarcs.size(), layout.robots());
        table = layout.robots();
        robotsFailures =
            RobotsTable.build(
                spark, robotsWarcs, cfg.input(), cfg.consent().maxRobotsBytes(), table);
      }
      List<String> dependsOn = new ArrayList<>(robotsWarcs);
      if (robotsTable != null) {
        dependsOn.add("robots-table:" + robotsTable);
      }
      PipelineRun run =
          new PipelineRun(spark, cfg, layout, LateStages.of(cfg, layout, table))
              .maxErrorRate(maxErrorRate)
              .keepWork(keepWork)
              .alsoDependsOn(dependsOn)
              .alsoFailed(robotsFailures);
      RunStats stats;
      try {
        stats = run.run(list);
      } catch (ErrorBudget.ExceededException e) {
        System.err.println("crawlsieve: run aborted: " + e.getMessage());
        return 3;
      }
      if (stats.fromEarlierRun()) {
        System.out.println(
            "crawlsieve: "
                + output
                + " already holds this run (same config and"
                + " inputs); nothing to do");
      }
      System.out.print(stats.summary());
      System.out.println("  output             " + output);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
