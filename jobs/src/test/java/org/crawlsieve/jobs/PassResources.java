package org.crawlsieve.jobs;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * What the JVM spent while per-record-pass jobs ran: process CPU, JIT compilation and GC pause
 * seconds, summed over those jobs only. The late stages (dedup, stats) plan many queries and make
 * the JIT compile Spark's own code and generated classes on every run; this separates that from the
 * pass whose scaling the benchmark reports. Listener events arrive a few milliseconds late, which
 * is noise at the scale of a pass.
 */
final class PassResources extends SparkListener {
  private static final String PASS = "per-record pass";

  private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final Set<Integer> passJobs = new HashSet<>();
  private int running;
  private long cpuStart;
  private long jitStart;
  private long gcStart;
  private long cpuNanos;
  private long jitMillis;
  private long gcMillis;

  @Override
  public synchronized void onJobStart(SparkListenerJobStart start) {
    String description = start.properties().getProperty("spark.job.description", "");
    if (!description.startsWith(PASS)) {
      return;
    }
    if (running++ == 0) {
      System.err.println(
          "pass window start, JVM uptime ms "
              + uptimeMillis()
              + " epoch ms "
              + System.currentTimeMillis());
      cpuStart = os.getProcessCpuTime();
      jitStart = jit.getTotalCompilationTime();
      gcStart = gcMillis();
    }
    passJobs.add(start.jobId());
  }

  @Override
  public synchronized void onJobEnd(SparkListenerJobEnd end) {
    if (passJobs.remove(end.jobId()) && --running == 0) {
      System.err.println(
          "pass window end, JVM uptime ms "
              + uptimeMillis()
              + " epoch ms "
              + System.currentTimeMillis());
      cpuNanos += os.getProcessCpuTime() - cpuStart;
      jitMillis += jit.getTotalCompilationTime() - jitStart;
      gcMillis += gcMillis() - gcStart;
    }
  }

  /** Process CPU, JIT and GC seconds during pass jobs since the last reset, then resets. */
  synchronized double[] takeSeconds() {
    double[] s = {cpuNanos / 1e9, jitMillis / 1e3, gcMillis / 1e3};
    cpuNanos = 0;
    jitMillis = 0;
    gcMillis = 0;
    return s;
  }

  private static long uptimeMillis() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }
}
