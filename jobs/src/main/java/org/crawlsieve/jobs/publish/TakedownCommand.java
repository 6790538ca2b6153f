package org.crawlsieve.jobs.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.jobs.SparkSessions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crawlsieve takedown}: new versions of every affected snapshot without a site's pages. */
@Command(
    name = "takedown",
    mixinStandardHelpOptions = true,
    description = {
      "Remove a domain (and its hosts) or a list of URLs from every snapshot under a root:",
      "each affected snapshot gets a new version (<v>-tdN) without those documents, whose",
      "tombstones.jsonl carries the request and the removed ids and URLs forward. Runs given",
      "that file in input.tombstones drop the same pages (reason takedown.removed)."
    })
public final class TakedownCommand implements Callable<Integer> {
  @Option(names = "--snapshots", required = true, paramLabel = "ROOT", description = "root")
  String root;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--domain", paramLabel = "DOMAIN", description = "domain or host")
    String domain;

    @Option(names = "--url-list", paramLabel = "FILE", description = "file, one URL a line")
    Path urlList;
  }

  @Option(names = "--reason", required = true, description = "why, kept in the tombstones")
  String reason;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master (default local[*])")
  String master;

  @Override
  public Integer call() throws IOException {
    Takedown.Request request =
        target.domain != null
            ? new Takedown.Request(target.domain, null, null, reason)
            : new Takedown.Request(
                null, readUrls(target.urlList), target.urlList.getFileName().toString(), reason);
    SparkSession spark = SparkSessions.create("crawlsieve takedown", master, "zstd");
    try {
      for (Takedown.Outcome o : new Takedown(spark).apply(root, request)) {
        System.out.println(
            o.newVersion() == null
                ? o.name() + " " + o.fromVersion() + ": unaffected"
                : String.format(
                    "%s %s -> %s: %,d documents removed",
                    o.name(), o.fromVersion(), o.newVersion(), o.removed()));
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  static List<String> readUrls(Path file) throws IOException {
    List<String> urls = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String u = line.strip();
        if (!u.isEmpty() && !u.startsWith("#")) {
          urls.add(u);
        }
      }
    } catch (NoSuchFileException e) {
      throw new UserException("URL list not found: " + file);
    }
    if (urls.isEmpty()) {
      throw new UserException("URL list " + file + " has no URLs");
    }
    return urls;
  }
}
