package org.crawlsieve.jobs.publish;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code crawlsieve verify}: re-checks a snapshot's files against its manifest (no Spark). */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-check every file of a snapshot version against its manifest.json: presence, bytes,",
      "SHA-256, row counts and Parquet schema. Exit 1 with one line per problem on stderr."
    })
public final class VerifyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SNAPSHOT", description = "snapshot version directory")
  String snapshot;

  @Override
  public Integer call() {
    SnapshotFs fs = new SnapshotFs(new Configuration());
    Path dir = new Path(snapshot);
    Manifest m = Manifest.read(fs, dir);
    List<String> problems = new SnapshotVerifier(fs).check(dir, m);
    for (String p : problems) {
      System.err.println("crawlsieve verify: " + snapshot + ": " + p);
    }
    if (!problems.isEmpty()) {
      return 1;
    }
    System.out.printf(
        "ok %s %s: %d files, %,d documents verified%n",
        m.name(), m.version(), m.files().size(), m.documents());
    return 0;
  }
}
