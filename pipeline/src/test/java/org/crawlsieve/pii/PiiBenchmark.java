package org.crawlsieve.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crawlsieve.core.Document;

/**
 * The PII benchmark, run by {@code scripts/bench-pii.sh} (not a test: timings belong here).
 *
 * <ol>
 *   <li>Throughput per core, MB (10^6 bytes of UTF-8) per CPU-second of the benchmark thread (so a
 *       shared machine does not skew it), of each detector alone and of the whole pii step, on two
 *       corpora from {@code ../shared/data}: Common Crawl WET text ({@code text/dolma}) and the
 *       PII-dense Presidio sentences.
 *   <li>Adversarial inputs of 1 MB per detector through the whole scanner, each under a time bound
 *       (exit status 1 when one is over).
 *   <li>Precision and recall on the Presidio gold spans ({@link PresidioEval}).
 * </ol>
 */
public final class PiiBenchmark {
  /** Bound for one 1 MB adversarial input through all detectors. */
  static final double ADVERSARIAL_BOUND_S = 2.0;

  private static final double MIN_SECONDS = 2.0;

  private PiiBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root();
    if (shared == null) {
      System.err.println("../shared not found: set CRAWLSIEVE_SHARED or -Dcrawlsieve.repo");
      System.exit(2);
    }
    PiiConfig config = PiiConfig.defaults();
    List<String> web = webTexts(shared.resolve("data/text/dolma"));
    web.addAll(pageTexts(shared.resolve("data/extraction/trafilatura-eval/html"), 400));
    List<String> dense = presidioTexts(shared.resolve("data/pii/presidio-synth.json"));
    System.out.printf(
        Locale.ROOT,
        "== throughput per core (MB of UTF-8 per CPU-second of one thread)%n"
            + "web = %d texts, %.2f MB (20 CC WET docs + body text of 400 trafilatura-eval pages);"
            + " pii-dense = %d Presidio sentences, %.2f MB%n",
        web.size(),
        mb(web),
        dense.size(),
        mb(dense));
    System.out.printf(Locale.ROOT, "%-10s %10s %10s%n", "detector", "web", "pii-dense");
    for (PiiDetector d : PiiDetectors.fromConfig(config)) {
      System.out.printf(
          Locale.ROOT,
          "%-10s %10.1f %10.1f%n",
          d.name(),
          detectorRate(d, web),
          detectorRate(d, dense));
    }
    PiiStep step = new PiiStep(config);
    System.out.printf(
        Locale.ROOT,
        "%-10s %10.1f %10.1f%n",
        "pii step",
        stepRate(step, web),
        stepRate(step, dense));

    System.out.printf(
        Locale.ROOT,
        "%n== adversarial inputs, 1 MB each, all detectors, bound %.1f CPU-s%n",
        ADVERSARIAL_BOUND_S);
    PiiScanner scanner = PiiDetectors.scanner(config);
    boolean ok = true;
    for (Map.Entry<String, String> e : AdversarialInputs.all(1 << 20).entrySet()) {
      long t0 = cpuNanos();
      int spans = scanner.scan(e.getValue()).size();
      double s = (cpuNanos() - t0) / 1e9;
      boolean pass = s <= ADVERSARIAL_BOUND_S;
      ok &= pass;
      System.out.printf(
          Locale.ROOT, "%-32s %7.3f s %7d spans  %s%n", e.getKey(), s, spans, pass ? "ok" : "OVER");
    }

    System.out.printf(
        Locale.ROOT,
        "%n== Presidio synthetic set (%s), default config; Presidio's analyzer: P 0.685 R 0.603%n",
        "data/pii/presidio-synth.json");
    System.out.print(
        PresidioEval.evaluate(shared.resolve("data/pii/presidio-synth.json"), scanner).format());
    if (!ok) {
      System.exit(1);
    }
  }

  private static double detectorRate(PiiDetector d, List<String> texts) {
    List<PiiSpan> sink = new ArrayList<>();
    return rate(
        texts,
        t -> {
          sink.clear();
          d.detect(t, sink);
        });
  }

  private static double stepRate(PiiStep step, List<String> texts) {
    List<Document> docs = new ArrayList<>();
    for (String t : texts) {
      docs.add(Document.builder().id("x").text(t).build());
    }
    int[] i = {0};
    return rate(
        texts,
        t -> {
          step.apply(docs.get(i[0]++ % docs.size()));
        });
  }

  /** Warms up, then runs whole passes until MIN_SECONDS have passed; MB per second. */
  private static double rate(List<String> texts, java.util.function.Consumer<String> work) {
    for (int round = 0; round < 3; round++) {
      texts.forEach(work);
    }
    long bytes = 0;
    long t0 = cpuNanos();
    double elapsed;
    do {
      for (String t : texts) {
        work.accept(t);
      }
      bytes += bytes(texts);
      elapsed = (cpuNanos() - t0) / 1e9;
    } while (elapsed < MIN_SECONDS);
    return bytes / 1e6 / elapsed;
  }

  /**
   * CPU time of this thread: throughput per core that stays meaningful when the machine is shared
   * (wall time on a loaded machine measures the other processes).
   */
  private static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private static long bytes(List<String> texts) {
    long b = 0;
    for (String t : texts) {
      b += t.getBytes(StandardCharsets.UTF_8).length;
    }
    return b;
  }

  private static double mb(List<String> texts) {
    return bytes(texts) / 1e6;
  }

  static List<String> webTexts(Path dir) throws IOException {
    ObjectMapper om = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jsonl")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null);
      for (Path f : sorted) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            out.add(om.readTree(line).get("text").asText());
          }
        }
      }
    }
    return out;
  }

  /**
   * Body text (Jsoup, newlines kept) of the first {@code max} gzipped HTML pages in {@code dir}.
   */
  static List<String> pageTexts(Path dir, int max) throws IOException {
    List<Path> pages = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.html.gz")) {
      files.forEach(pages::add);
    }
    pages.sort(null);
    List<String> out = new ArrayList<>();
    for (Path p : pages.subList(0, Math.min(max, pages.size()))) {
      try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(p))) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(in, null, "");
        out.add(doc.body().wholeText());
      }
    }
    return out;
  }

  static List<String> presidioTexts(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode n : new ObjectMapper().readTree(file.toFile())) {
      out.add(n.get("full_text").asText());
    }
    return out;
  }
}
