package org.crawlsieve.lang;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crawlsieve.extract.bench.SharedData;

/**
 * CPU time of Optimaize detection alone, Tika's path ({@link TikaOptimaizeReference}) against
 * {@link OptimaizeDetector}, in the same JVM and interleaved round by round, so that load from
 * other processes on a shared machine weighs on both alike. Input: what the hybrid detector hands
 * Optimaize for the 990 shared pages (the first 1,000 chars of texts of 200 chars or more). By the
 * thread's CPU clock; the first third of the rounds is warm-up.
 *
 * <p>Usage (test classpath): {@code OptimaizeCpuBench [rounds]} (default 15).
 */
public final class OptimaizeCpuBench {
  private OptimaizeCpuBench() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    Path shared = SharedData.locate();
    if (shared == null) {
      System.out.println("optimaize bench: ../shared not found; skipped");
      return;
    }
    List<String> texts = new ArrayList<>();
    for (String t :
        LangIdBench.pageTexts(shared.resolve("data/extraction/trafilatura-eval/html"), 2000)) {
      if (t.length() >= HybridDetector.SHORT_TEXT_CHARS) {
        texts.add(t.substring(0, Math.min(t.length(), HybridDetector.FAST_CHARS)));
      }
    }
    LanguageDetector[] detectors = {new TikaOptimaizeReference(), new OptimaizeDetector()};
    String[] names = {"tika path", "OptimaizeDetector"};
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[detectors.length];
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (int d = 0; d < detectors.length; d++) {
        long t0 = mx.getCurrentThreadCpuTime();
        for (String t : texts) {
          sink += detectors[d].detect(t).language().hashCode();
        }
        if (round >= rounds / 3) {
          nanos[d] += mx.getCurrentThreadCpuTime() - t0;
        }
      }
    }
    int measured = rounds - rounds / 3;
    System.out.printf(Locale.ROOT, "texts=%d rounds=%d sink=%d%n", texts.size(), measured, sink);
    for (int d = 0; d < detectors.length; d++) {
      System.out.printf(
          Locale.ROOT,
          "  %-18s %.4f CPU ms/text%n",
          names[d],
          nanos[d] / 1e6 / ((double) texts.size() * measured));
    }
  }
}
