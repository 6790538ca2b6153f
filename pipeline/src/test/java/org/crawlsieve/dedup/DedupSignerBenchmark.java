package org.crawlsieve.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crawlsieve.testing.SharedPages;

/**
 * The array-based {@link DedupSigner} against the String-based {@link LegacyDedupSigner} in one
 * JVM, passes alternating, by the thread's CPU clock: a ratio measured in the same run, which the
 * load of a shared machine distorts far less than two separate runs. Texts: the extracted text of
 * every 5th shared HTML page (as {@code StepCpuTimes} uses). Also checks the two agree.
 *
 * <p>Arguments: {@code [warm-up passes] [measured passes] [shared dir]} (defaults 10, 20, {@code
 * ../shared}).
 */
public final class DedupSignerBenchmark {
  private DedupSignerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path html =
        Path.of(args.length > 2 ? args[2] : "../shared")
            .resolve("data/extraction/trafilatura-eval/html");
    if (!Files.isDirectory(html)) {
      System.err.println("no shared pages at " + html);
      System.exit(2);
    }
    List<String> texts = SharedPages.extractedTexts(html, 5);
    DedupSigner signer = new DedupSigner(DedupConfig.defaults());
    LegacyDedupSigner legacy = new LegacyDedupSigner(DedupConfig.defaults());
    for (String t : texts) {
      if (!signer.sign(t).equals(legacy.sign(t))) {
        throw new AssertionError("signatures differ: " + t.substring(0, Math.min(80, t.length())));
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long legacyNanos = 0;
    long newNanos = 0;
    long sink = 0;
    for (int pass = 0; pass < warmup + passes; pass++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (String t : texts) {
        sink += legacy.sign(t).hashCode();
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (String t : texts) {
        sink += signer.sign(t).hashCode();
      }
      long t2 = mx.getCurrentThreadCpuTime();
      if (pass >= warmup) {
        legacyNanos += t1 - t0;
        newNanos += t2 - t1;
      }
    }
    double pages = (double) texts.size() * passes;
    System.out.printf(
        "pages=%d passes=%d (warm-up %d) sink=%d%n"
            + "  legacy  %.1f CPU us/page%n  branch  %.1f CPU us/page%n  ratio   %.2f%n",
        texts.size(),
        passes,
        warmup,
        sink,
        legacyNanos / pages / 1e3,
        newNanos / pages / 1e3,
        (double) newNanos / legacyNanos);
  }
}
