package org.crawlsieve.bench.jmh;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;

/**
 * CPU milliseconds per record of the pipeline's WARC read path alone ({@link WarcFileReader}:
 * inflate, WARC and HTTP parsing, block-digest check, payload copies) on one benchmark file, by the
 * thread's CPU clock. Usage: {@code ReadCpuTimes FILE [warm-up passes] [measured passes]}.
 */
public final class ReadCpuTimes {
  private ReadCpuTimes() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    com.sun.management.ThreadMXBean alloc = (com.sun.management.ThreadMXBean) mx;
    long allocated = 0;
    InputConfig bounds = InputConfig.defaults();
    long nanos = 0;
    long records = 0;
    long sink = 0;
    CRC32 check = new CRC32();
    for (int pass = 0; pass < warmup + passes; pass++) {
      long a0 = alloc.getCurrentThreadAllocatedBytes();
      long t0 = mx.getCurrentThreadCpuTime();
      long n = 0;
      try (InputStream in = Files.newInputStream(file);
          WarcFileReader reader =
              new WarcFileReader(in, file.toString(), Files.size(file), bounds)) {
        while (reader.hasNext()) {
          RawRecord r = reader.next();
          if (pass == 0) {
            // a checksum of what the reader hands out, to compare base and branch outputs
            check.update(r.payload());
            check.update((r.flags() + "|" + r.headers() + "|" + r.readError()).getBytes(UTF_8));
          }
          sink += r.payload().length;
          n++;
        }
      }
      long t1 = mx.getCurrentThreadCpuTime();
      long a1 = alloc.getCurrentThreadAllocatedBytes();
      if (pass >= warmup) {
        allocated += a1 - a0;
        nanos += t1 - t0;
        records += n;
      }
    }
    System.out.printf(
        "records=%d passes=%d (warm-up %d) sink=%d crc=%08x%n  read %8.4f CPU ms/record, %.1f KB allocated/record%n",
        records / passes,
        passes,
        warmup,
        sink,
        check.getValue(),
        nanos / 1e6 / records,
        allocated / 1024.0 / records);
  }
}
