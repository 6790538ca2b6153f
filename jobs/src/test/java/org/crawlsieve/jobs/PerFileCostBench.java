package org.crawlsieve.jobs;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.RecordProcessor;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;

/**
 * What one WARC file costs in the per-record pass, for cluster sizing: the work of one Spark task
 * of {@link WarcPartitionFunction} (read, extract, every per-record step, signatures) on one
 * thread, without Spark. Reports the one-time set-up, CPU time per record and per uncompressed MB
 * (CPU time, so that a busy machine does not inflate it), and the heap's peak.
 *
 * <pre>scripts/bench-per-file.sh [WARC] [CONFIG] [PASSES]</pre>
 */
public final class PerFileCostBench {
  private PerFileCostBench() {}

  public static void main(String[] args) throws IOException {
    Path warc = Path.of(args[0]);
    CrawlsieveConfig config = ConfigLoader.load(Path.of(args[1]));
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    RecordProcessor processor = new RecordProcessor(config);
    RecordSigner signer = RecordSigner.create(config);
    long records = pass(warc, config, processor, signer); // warm-up: models load lazily, JIT
    double setupCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double setupWall = (System.nanoTime() - wall0) / 1e9;

    long uncompressed = uncompressedBytes(warc);
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpu1 = threads.getCurrentThreadCpuTime();
    long wall1 = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      pass(warc, config, processor, signer);
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu1) / 1e9 / passes;
    double wall = (System.nanoTime() - wall1) / 1e9 / passes;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "file %s: %,d bytes compressed, %,d uncompressed, %,d records%n",
        warc.getFileName(), Files.size(warc), uncompressed, records);
    System.out.printf("set-up + first pass: %.1f s CPU, %.1f s wall%n", setupCpu, setupWall);
    System.out.printf(
        "per pass (mean of %d): %.2f s CPU, %.2f s wall; %.2f ms CPU per record; "
            + "%.1f uncompressed MB/s per core%n",
        passes, cpu, wall, cpu * 1000 / records, uncompressed / 1e6 / cpu);
    System.out.printf("heap peak (sum of pool peaks, an upper bound): %,d MB%n", peakHeap >> 20);
  }

  private static long pass(
      Path warc, CrawlsieveConfig config, RecordProcessor processor, RecordSigner signer)
      throws IOException {
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(warc), 1 << 20);
        WarcFileReader reader =
            new WarcFileReader(in, warc.toString(), Files.size(warc), config.input())) {
      while (reader.hasNext()) {
        RawRecord raw = reader.next();
        signer.row(processor.process(raw));
        n++;
      }
    }
    return n;
  }

  private static long uncompressedBytes(Path warc) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc), 1 << 16)) {
      return in.transferTo(OutputStream.nullOutputStream());
    }
  }
}
