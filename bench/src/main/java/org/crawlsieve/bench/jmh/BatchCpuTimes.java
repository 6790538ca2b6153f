package org.crawlsieve.bench.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.RecordProcessor;
import org.crawlsieve.warc.RawRecord;

/**
 * CPU ms per page of extraction and every per-record step in the pipeline's order, record by record
 * against batches of {@code -Dbench.batch} (default 32) records processed stage by stage,
 * alternated pass by pass in one JVM (thread CPU clock). Usage: {@code BatchCpuTimes [passes]}
 * (half of them warm-up); {@code -Dbench.stride=N} takes every N-th shared page.
 */
public final class BatchCpuTimes {
  private BatchCpuTimes() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<RawRecord> raws = BenchPages.load(Integer.getInteger("bench.stride", 1));
    int batch = Integer.getInteger("bench.batch", 32);
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    RecordProcessor one = new RecordProcessor(CrawlsieveConfig.defaults());
    RecordProcessor batched = new RecordProcessor(CrawlsieveConfig.defaults());
    long sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      for (int turn = 0; turn < 2; turn++) {
        boolean byRecord = (pass + turn) % 2 == 0; // which goes first alternates by pass
        long t0 = mx.getCurrentThreadCpuTime();
        if (byRecord) {
          for (RawRecord raw : raws) {
            sink += one.process(raw).decisions().size();
          }
        } else {
          for (int i = 0; i < raws.size(); i += batch) {
            sink += batched.process(raws.subList(i, Math.min(raws.size(), i + batch))).size();
          }
        }
        double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / raws.size();
        if (pass >= passes / 2) {
          System.out.printf(
              "pass=%d %s %.4f CPU ms/page%n", pass, byRecord ? "by-record" : "batch-" + batch, ms);
        }
      }
    }
    System.out.println("pages=" + raws.size() + " sink=" + sink);
  }
}
