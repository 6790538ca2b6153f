package org.crawlsieve.jobs.publish;

import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code crawlsieve diff}: what changed between two snapshot versions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Documents added, removed (takedown / filtered) and changed (same id, other text)",
      "between two snapshot version directories; JSON on stdout."
    })
public final class DiffCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "V1", description = "older version directory")
  String from;

  @Parameters(index = "1", paramLabel = "V2", description = "newer version directory")
  String to;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Override
  public Integer call() throws Exception {
    SparkSession spark = SparkSessions.create("crawlsieve diff", master, "zstd");
    try {
      Map<String, Object> diff = new SnapshotDiff(spark).diff(from, to);
      System.out.println(Manifest.JSON.writeValueAsString(diff));
      return 0;
    } finally {
      spark.stop();
    }
  }
}
