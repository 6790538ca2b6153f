package org.crawlsieve.jobs.consent;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.jobs.OutputLayout;
import org.crawlsieve.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crawlsieve audit}: was this domain excluded, which of its pages, and why. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Report a run's consent audit from its domains/ and decisions/ tables: per registered",
      "domain (no --domain), or a domain's (or host's) hosts, agent standing and excluded pages."
    })
public final class AuditCommand implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "DIR", description = "a run's output")
  String run;

  @Option(names = "--domain", paramLabel = "NAME", description = "registered domain or host")
  String domain;

  @Option(names = "--format", paramLabel = "FMT", description = "table (default), csv or json")
  String format = "table";

  @Option(names = "--limit", paramLabel = "N", description = "excluded pages listed (1000)")
  int limit = 1000;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[1])")
  String master = "local[1]";

  @Override
  public Integer call() {
    if (!format.equals("table") && !format.equals("csv") && !format.equals("json")) {
      throw new UserException("--format must be table, csv or json, got " + format);
    }
    if (limit < 1) {
      throw new UserException("--limit must be >= 1, got " + limit);
    }
    SparkSession spark = SparkSessions.create("crawlsieve audit", master, "zstd");
    spark.sparkContext().setLogLevel("WARN");
    try {
      OutputLayout layout = new OutputLayout(run);
      new AuditReport(spark, layout).print(domain, format, limit, System.out);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
