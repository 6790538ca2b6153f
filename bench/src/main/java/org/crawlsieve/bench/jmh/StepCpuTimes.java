package org.crawlsieve.bench.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepFactory;
import org.crawlsieve.dedup.DedupSigner;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.warc.RawRecord;

/**
 * CPU milliseconds per page of every per-record step with the default config, measured with the
 * thread's CPU clock rather than wall time, so that other processes on a shared machine distort it
 * far less than JMH's wall-clock scores. Each step sees the documents exactly as the pipeline hands
 * them over. Usage: {@code StepCpuTimes [warm-up passes] [measured passes]}; pages: every {@code
 * -Dbench.stride}-th (default 5) of the shared trafilatura set. {@code
 * -Dbench.steps=language,minhash} times only the named steps (less time per run, so more runs
 * alternating base and branch fit in the same quiet minute). {@code -Dbench.sequential=true} runs
 * the steps in the pipeline's order, document by document ({@link #pipelineOrder}).
 */
public final class StepCpuTimes {
  private StepCpuTimes() {}

  public static void main(String[] args) throws IOException {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CrawlsieveConfig config = CrawlsieveConfig.defaults();
    List<RawRecord> raws = BenchPages.load(Integer.getInteger("bench.stride", 5));
    DocumentExtractor extractor = new DocumentExtractor(config.extract());
    List<Step> steps = StepFactory.perRecordSteps(config);
    DedupSigner signer = new DedupSigner(config.dedup());
    int n = raws.size();
    // inputs[s][i]: the document step s receives for page i
    Document[][] inputs = new Document[steps.size() + 1][n];
    for (int i = 0; i < n; i++) {
      Document d = extractor.extract(raws.get(i)).document();
      for (int s = 0; s < steps.size(); s++) {
        inputs[s][i] = d;
        d = steps.get(s).apply(d).document();
      }
      inputs[steps.size()][i] = d;
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, long[]> nanos = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add("extract");
    steps.forEach(s -> names.add(s.name()));
    names.add("minhash");
    String only = System.getProperty("bench.steps", "");
    if (!only.isEmpty()) {
      names.retainAll(List.of(only.split(",")));
    }
    names.forEach(k -> nanos.put(k, new long[1]));
    boolean sequential = Boolean.getBoolean("bench.sequential");
    long sink = 0;
    for (int pass = 0; pass < warmup + passes; pass++) {
      boolean measured = pass >= warmup;
      long t0;
      long t1;
      if (names.contains("extract")) {
        t0 = mx.getCurrentThreadCpuTime();
        for (RawRecord r : raws) {
          sink += extractor.extract(r).document().text().length();
        }
        t1 = mx.getCurrentThreadCpuTime();
        if (measured) {
          nanos.get("extract")[0] += t1 - t0;
        }
      }
      if (sequential) {
        sink += pipelineOrder(steps, inputs[0], names, measured ? nanos : null, mx);
      } else {
        for (int s = 0; s < steps.size(); s++) {
          Step step = steps.get(s);
          if (!names.contains(step.name())) {
            continue;
          }
          Document[] in = inputs[s];
          t0 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < n; i++) {
            sink += step.apply(in[i]).document().text().length();
          }
          t1 = mx.getCurrentThreadCpuTime();
          if (measured) {
            nanos.get(step.name())[0] += t1 - t0;
          }
        }
      }
      if (!names.contains("minhash")) {
        continue;
      }
      Document[] last = inputs[steps.size()];
      t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += signer.sign(last[i].text()).hashCode();
      }
      t1 = mx.getCurrentThreadCpuTime();
      if (measured) {
        nanos.get("minhash")[0] += t1 - t0;
      }
    }
    double pages = (double) n * passes;
    double total = 0;
    System.out.printf(
        "pages=%d passes=%d (warm-up %d) order=%s sink=%d%n",
        n, passes, warmup, sequential ? "pipeline" : "by-step", sink);
    if (sequential) {
      long c0 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10_000; k++) {
        mx.getCurrentThreadCpuTime();
      }
      System.out.printf(
          "  (each step call timed alone; one clock read costs %.2f us, included)%n",
          (mx.getCurrentThreadCpuTime() - c0) / 1e3 / 10_000);
    }
    for (String k : names) {
      double ms = nanos.get(k)[0] / 1e6 / pages;
      total += ms;
      System.out.printf("  %-28s %8.4f CPU ms/page%n", k, ms);
    }
    System.out.printf("  %-28s %8.4f CPU ms/page%n", "total", total);
  }

  /**
   * One pass in the pipeline's order: each document goes through every step before the next
   * document, each step getting the previous step's output, so whatever a stage shares between its
   * steps (the quality stage's word split of the last text) is shared as in a real run. The by-step
   * order instead runs one step over every document, which re-splits the words in every quality
   * step. Each call is timed alone.
   */
  private static long pipelineOrder(
      List<Step> steps,
      Document[] extracted,
      List<String> names,
      Map<String, long[]> nanos,
      ThreadMXBean mx) {
    long sink = 0;
    for (Document doc : extracted) {
      Document d = doc;
      for (Step step : steps) {
        long t0 = mx.getCurrentThreadCpuTime();
        Document next = step.apply(d).document();
        long t1 = mx.getCurrentThreadCpuTime();
        if (nanos != null && names.contains(step.name())) {
          nanos.get(step.name())[0] += t1 - t0;
        }
        sink += next.text().length();
        d = next;
      }
    }
    return sink;
  }
}
