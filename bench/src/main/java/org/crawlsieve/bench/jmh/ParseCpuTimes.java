package org.crawlsieve.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.crawlsieve.extract.HtmlExtractor;
import org.crawlsieve.warc.RawRecord;

/**
 * CPU ms per page of the extractor's decode + parse + extraction on the shared pages (thread CPU
 * clock), optionally after writing one byte per cache line of a {@code -Dbench.sweep.mb} (default
 * 0) MB array before every page: the other work the pipeline does between two parses evicts the
 * parser's working set in the same way. Usage: {@code ParseCpuTimes [passes]} (the second half
 * reported).
 */
public final class ParseCpuTimes {
  private ParseCpuTimes() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<RawRecord> raws = BenchPages.load(Integer.getInteger("bench.stride", 1));
    byte[] sweep = new byte[Integer.getInteger("bench.sweep.mb", 0) << 20];
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    HtmlExtractor extractor = new HtmlExtractor(1 << 20);
    long sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      long cpu = 0;
      for (RawRecord raw : raws) {
        for (int i = 0; i < sweep.length; i += 64) {
          sweep[i]++;
        }
        long t0 = mx.getCurrentThreadCpuTime();
        sink +=
            extractor.extract(raw.payload(), null, raw.provenance().targetUri()).text().length();
        cpu += mx.getCurrentThreadCpuTime() - t0;
      }
      if (pass >= passes / 2) {
        System.out.printf(
            "pass=%d sweep_mb=%d %.4f CPU ms/page%n",
            pass, sweep.length >> 20, cpu / 1e6 / raws.size());
      }
    }
    System.out.println("pages=" + raws.size() + " sink=" + sink);
  }
}
