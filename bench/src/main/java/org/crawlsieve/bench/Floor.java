package org.crawlsieve.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.extract.CharsetSniffer;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The physical floor of the per-record pass on the benchmark files, single-threaded: gzip inflate
 * alone (jwarc iterating the records and reading every HTTP payload), then inflate plus the one
 * Jsoup parse every page needs (after the same charset decoding the extractor does). Each mode
 * first runs over one file to warm the JIT, then is timed over all files, once per round. Prints
 * one line of {@code key=value} pairs per mode and round for scripts/bench.sh.
 *
 * <p>With {@code -Dfloor.threads=N} (default 1) the timed passes run N threads that take files from
 * one queue, as N Spark tasks take WARC files: records/s over the N threads against one thread is
 * the machine's own scaling for this work (shared caches, memory bandwidth, a VM's cores), the
 * ceiling for the pipeline's local[N] / local[1].
 *
 * <p>Usage: {@code Floor inflate|parse FILE...}
 */
public final class Floor {
  /**
   * Timed passes over all files ({@code -Dfloor.rounds}, default 1): the first is the floor of a
   * cold run, the last the floor to compare a warm JVM's pipeline with.
   */
  private static final int ROUNDS = Integer.getInteger("floor.rounds", 1);

  /** Threads of the timed passes ({@code -Dfloor.threads}, default 1). */
  private static final int THREADS = Integer.getInteger("floor.threads", 1);

  /**
   * A folder for taking turns with the warm pipeline JVMs ({@code -Dfloor.turns}), as {@code
   * WarmRunBench}'s {@code crawlsieve.bench.turns} does (jobs' test code, which this module cannot
   * see): before the warm-up (turn 0) and each round r wait for {@code go-TAG-r}, then write {@code
   * done-TAG-r}. The floor's rounds then sit beside the pipeline's rounds in time.
   */
  private static final String TURNS = System.getProperty("floor.turns", "");

  /**
   * The floor's name in the turn files ({@code -Dfloor.tag}, default {@code floor}), so that a
   * single-threaded and a two-threaded floor can both take turns: their ratio round by round is the
   * machine's own scaling in the same minutes as the pipeline's.
   */
  private static final String TAG = System.getProperty("floor.tag", "floor");

  private Floor() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    String mode = args[0];
    boolean parse = mode.equals("parse");
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    awaitTurn(0);
    pass(files.subList(0, 1), parse); // JIT warm-up
    endTurn(0);
    for (int round = 1; round <= ROUNDS; round++) {
      awaitTurn(round);
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      long[] counts = THREADS == 1 ? pass(files, parse) : parallelPass(files, parse);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (cpuNanos() - cpu0) / 1e9;
      System.out.printf(
          "floor=%s round=%d threads=%d records=%d payload_mb=%d wall_s=%.2f cpu_s=%.2f"
              + " records_per_cpu_s=%.1f records_per_s=%.1f%n",
          mode,
          round,
          THREADS,
          counts[0],
          counts[1] >> 20,
          wall,
          cpu,
          counts[0] / cpu,
          counts[0] / wall);
      endTurn(round);
    }
  }

  private static void awaitTurn(int turn) throws InterruptedException {
    if (!TURNS.isEmpty()) {
      Path go = Path.of(TURNS, "go-" + TAG + "-" + turn);
      while (!java.nio.file.Files.exists(go)) {
        Thread.sleep(50);
      }
    }
  }

  private static void endTurn(int turn) throws IOException {
    if (!TURNS.isEmpty()) {
      System.out.flush();
      java.nio.file.Files.writeString(Path.of(TURNS, "done-" + TAG + "-" + turn), "");
    }
  }

  /** {@link #pass} over {@link #THREADS} threads, each file one task; summed counts. */
  private static long[] parallelPass(List<Path> files, boolean parse)
      throws IOException, InterruptedException {
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(THREADS);
    try {
      List<java.util.concurrent.Future<long[]>> parts = new ArrayList<>();
      for (Path f : files) {
        parts.add(pool.submit(() -> pass(List.of(f), parse)));
      }
      long[] total = new long[2];
      for (java.util.concurrent.Future<long[]> part : parts) {
        long[] c;
        try {
          c = part.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IOException("a floor task failed", e.getCause());
        }
        total[0] += c[0];
        total[1] += c[1];
      }
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Returns {records, payload bytes}; the parse result feeds a checksum so it is not elided. */
  private static long[] pass(List<Path> files, boolean parse) throws IOException {
    long records = 0;
    long bytes = 0;
    long sink = 0;
    byte[] buf = new byte[1 << 16];
    for (Path f : files) {
      try (WarcReader reader = new WarcReader(f)) {
        for (WarcRecord rec : reader) {
          if (!(rec instanceof WarcResponse resp)) {
            continue;
          }
          records++;
          if (parse) {
            byte[] body = resp.http().body().stream().readAllBytes();
            bytes += body.length;
            String html = CharsetSniffer.decode(body, null);
            sink += Jsoup.parse(html, resp.target()).childNodeSize();
          } else {
            InputStream in = resp.http().body().stream();
            for (int n; (n = in.read(buf)) > 0; ) {
              bytes += n;
            }
          }
        }
      }
    }
    if (sink == 42) {
      System.err.print("");
    }
    return new long[] {records, bytes};
  }

  /** CPU time of the whole process (GC and JIT threads too), as the pipeline's is measured. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
