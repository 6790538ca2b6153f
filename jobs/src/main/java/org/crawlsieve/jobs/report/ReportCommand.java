package org.crawlsieve.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crawlsieve report}: one self-contained HTML page auditing a run. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page (no network needed) auditing a run: funnel,",
      "exclusions by reason, top excluded domains with evidence, languages, PII counts and a",
      "searchable, sortable domain table."
    })
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--run", required = true, paramLabel = "DIR", description = "run output")
  String run;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "HTML file")
  Path out;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Override
  public Integer call() throws IOException {
    SparkSession spark = SparkSessions.create("crawlsieve report", master, "zstd");
    try {
      Map<String, Object> data = ReportData.gather(spark, run);
      String html = ReportHtml.render(data);
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.writeString(out, html, StandardCharsets.UTF_8);
      System.out.printf("report: %s (%,d bytes)%n", out, html.length());
      return 0;
    } finally {
      spark.stop();
    }
  }
}
