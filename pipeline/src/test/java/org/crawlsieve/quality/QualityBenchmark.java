package org.crawlsieve.quality;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;

/**
 * Throughput of the whole quality stage on one thread (documents/s and MB/s of input text, by wall
 * clock and by the thread's CPU time, which is the per-core figure on a shared machine), with the
 * wall-clock time spent in each step, over the documents of {@code ../shared/data/text/} run
 * repeatedly. Run by {@code scripts/bench-quality.sh}.
 *
 * <p>Arguments: {@code [seconds] [config.yaml] [text-dir]}: CPU seconds measured, after a third as
 * much warm-up (defaults 10, built-in defaults, the shared data).
 */
public final class QualityBenchmark {
  private QualityBenchmark() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    CrawlsieveConfig config =
        args.length > 1 && !args[1].isEmpty()
            ? ConfigLoader.load(Path.of(args[1]))
            : CrawlsieveConfig.defaults();
    Path dir = args.length > 2 ? Path.of(args[2]) : SharedText.dir();
    if (dir == null) {
      System.err.println("no text directory: pass one, or run from the repo beside ../shared");
      System.exit(2);
    }
    List<Document> docs = SharedText.documents(dir);
    long bytes = 0;
    for (Document d : docs) {
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
    }
    long t0 = System.nanoTime();
    List<Step> steps = QualityFilters.build(config.quality());
    long setupNanos = System.nanoTime() - t0;
    System.out.printf(
        "%d documents, %.1f KB of text from %s; stage set-up %.0f ms%n",
        docs.size(), bytes / 1024.0, dir, setupNanos / 1e6);

    Map<String, long[]> perStep = new LinkedHashMap<>();
    steps.forEach(s -> perStep.put(s.name(), new long[1]));
    // warm-up: a third of the time, not measured
    runFor(steps, docs, seconds / 3, new LinkedHashMap<>());
    perStep.values().forEach(v -> v[0] = 0);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long[] counts = runFor(steps, docs, seconds, perStep);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long rounds = counts[0];
    long kept = counts[1];
    double docsPerSec = rounds * docs.size() / elapsed;
    double mbPerSec = rounds * bytes / elapsed / 1e6;
    System.out.printf(
        "quality stage, 1 thread, wall clock: %.0f docs/s, %.2f MB/s (%d rounds in %.1f s; %d of"
            + " %d kept)%n",
        docsPerSec, mbPerSec, rounds, elapsed, kept / Math.max(1, rounds), docs.size());
    // thread CPU time: the per-core figure even when other processes share the cores
    System.out.printf(
        "quality stage, per core (thread CPU time %.1f s): %.0f docs/s, %.2f MB/s%n",
        cpu, rounds * docs.size() / cpu, rounds * bytes / cpu / 1e6);
    long total = perStep.values().stream().mapToLong(v -> v[0]).sum();
    for (Map.Entry<String, long[]> e : perStep.entrySet()) {
      System.out.printf(
          "  %-28s %6.1f%%  %8.1f us/doc%n",
          e.getKey(),
          100.0 * e.getValue()[0] / Math.max(1, total),
          e.getValue()[0] / 1e3 / Math.max(1, rounds * docs.size()));
    }
  }

  /**
   * Runs whole rounds over {@code docs} until this thread has had {@code seconds} of CPU time (so a
   * loaded machine lengthens the run instead of shortening the measurement); returns rounds, kept.
   */
  private static long[] runFor(
      List<Step> steps, List<Document> docs, double seconds, Map<String, long[]> perStep) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long deadline = threads.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
    long rounds = 0;
    long kept = 0;
    do {
      for (Document d : docs) {
        Document doc = d;
        boolean dropped = false;
        for (Step s : steps) {
          long t = System.nanoTime();
          StepResult r = StepRunner.run(s, doc);
          long[] slot = perStep.get(s.name());
          if (slot != null) {
            slot[0] += System.nanoTime() - t;
          }
          doc = r.document();
          if (r.decision().verdict().excludes()) {
            dropped = true;
            break;
          }
        }
        if (!dropped) {
          kept++;
        }
      }
      rounds++;
    } while (threads.getCurrentThreadCpuTime() < deadline);
    return new long[] {rounds, kept};
  }
}
