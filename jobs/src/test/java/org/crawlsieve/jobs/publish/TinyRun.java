package org.crawlsieve.jobs.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.jobs.InputResolver;
import org.crawlsieve.jobs.LateStages;
import org.crawlsieve.jobs.OutputLayout;
import org.crawlsieve.jobs.PipelineRun;
import org.crawlsieve.jobs.SparkTestSession;
import org.crawlsieve.testing.TestWarc;

/**
 * One small pipeline run per test JVM, shared by the publishing and report tests: 9 English pages
 * on three sites (one page titled with a script injection), a 404 and an empty page.
 */
public final class TinyRun {
  public static final String INJECTED_TITLE =
      "<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>"
          + "</title><img src=x onerror=\"document.title='PWNED'\">";
  public static final int PAGES = 9;

  private TinyRun() {}

  private static final class Holder {
    static final Path DIR = create();
  }

  /** The temp directory holding {@code warc/} and the run output {@code run/}. */
  public static Path dir() {
    return Holder.DIR;
  }

  public static String runDir() {
    return dir().resolve("run").toString();
  }

  public static Path warcs() {
    return dir().resolve("warc");
  }

  private static Path create() {
    try {
      Path dir = Files.createTempDirectory("crawlsieve-tinyrun");
      Path warcs = Files.createDirectories(dir.resolve("warc"));
      TestWarc w = new TestWarc(true).warcinfo("CC-MAIN-2026-08");
      for (int i = 0; i < PAGES; i++) {
        String url = "https://www.site" + (i % 3) + ".example/article/" + i;
        String title = i == 4 ? INJECTED_TITLE : "Article " + i;
        w.response(
            url,
            TestWarc.http(
                200, TestWarc.html(title, text(i)), "Content-Type", "text/html; charset=utf-8"));
      }
      w.response(
          "https://www.site0.example/missing", TestWarc.http(404, TestWarc.html("x", "gone")));
      w.response(
          "https://www.site2.example/empty",
          TestWarc.http(200, TestWarc.html("", ""), "Content-Type", "text/html"));
      Files.write(warcs.resolve("CC-MAIN-2026-08-tiny.warc.gz"), w.bytes());
      run(warcs, dir.resolve("run").toString(), "steps: [extract, language]\n");
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(int i) {
    return "<p>The river flows through the old town and the people of the valley have walked"
        + " along its banks for many hundreds of years. It is a quiet place, number "
        + i
        + ", where the bridge was rebuilt after the great flood.</p>";
  }

  /** Runs the pipeline over the tiny WARC with a YAML config into {@code out}. */
  public static OutputLayout run(String out, String yaml) {
    return run(warcs(), out, yaml);
  }

  private static OutputLayout run(Path warcs, String out, String yaml) {
    SparkSession spark = SparkTestSession.get();
    CrawlsieveConfig config = ConfigLoader.parse(yaml, "test");
    OutputLayout layout = new OutputLayout(out);
    List<String> inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(warcs + "/*.warc.gz", 0);
    new PipelineRun(spark, config, layout, LateStages.of(config, layout)).run(inputs);
    return layout;
  }
}
