package org.crawlsieve.jobs.publish;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crawlsieve publish}: a run's documents as a new, verified, immutable snapshot version. */
@Command(
    name = "publish",
    description = {
      "Publish a run's documents as <root>/<name>/<version>/: data/<language>/*.parquet,",
      "manifest.json, README.md (Hugging Face dataset card), domains-excluded.csv and",
      "tombstones.jsonl. Staged, verified, then made visible at once; never overwrites."
    })
public final class PublishCommand implements Callable<Integer> {
  // Not mixinStandardHelpOptions: its -V/--version would take the --version option below.
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "show this help")
  boolean help;

  @Option(names = "--run", required = true, paramLabel = "DIR", description = "run output")
  String run;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ROOT",
      description = "snapshots root (local path, hdfs://, s3a://)")
  String root;

  @Option(names = "--name", required = true, description = "snapshot name, e.g. crawlsieve-en")
  String name;

  @Option(names = "--version", required = true, paramLabel = "V", description = "new version")
  String version;

  @Option(
      names = "--target-file-bytes",
      paramLabel = "BYTES",
      defaultValue = "" + Publisher.DEFAULT_TARGET_BYTES,
      description = "target size of a data file (default: ${DEFAULT-VALUE})")
  long targetBytes;

  @Option(
      names = "--license",
      defaultValue = "other",
      description = "license id for the dataset card (default: ${DEFAULT-VALUE})")
  String license;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Override
  public Integer call() {
    SparkSession spark = SparkSessions.create("crawlsieve publish", master, "zstd");
    try {
      Manifest m = new Publisher(spark).publish(run, root, name, version, targetBytes, license);
      System.out.printf(
          "published %s %s: %,d documents in %s data files -> %s%n",
          m.name(),
          m.version(),
          m.documents(),
          m.section("counts").get("data_files"),
          SnapshotLayout.version(root, name, version));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
