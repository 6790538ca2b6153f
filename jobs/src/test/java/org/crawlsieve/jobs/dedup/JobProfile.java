package org.crawlsieve.jobs.dedup;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Counts Spark jobs and their wall time by job description (the dedup code labels its phases), for
 * the benchmark's profile: which phase takes the time, how many connected-components rounds ran.
 */
final class JobProfile extends SparkListener {
  private final Map<Integer, Long> started = new ConcurrentHashMap<>();
  private final Map<Integer, String> labels = new ConcurrentHashMap<>();
  private final Map<String, long[]> byLabel = new ConcurrentHashMap<>();
  private final Map<String, Integer> maxRound = new ConcurrentHashMap<>();

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String label =
        start.properties() == null ? null : start.properties().getProperty("spark.job.description");
    // rounds of one phase count together: "round 7" -> "round N", remembering the largest N
    String phase = label == null ? "(none)" : label.replaceAll("round \\d+", "round N");
    if (label != null && !phase.equals(label)) {
      int round = Integer.parseInt(label.replaceAll(".*round (\\d+).*", "$1"));
      maxRound.merge(phase, round, Math::max);
    }
    labels.put(start.jobId(), phase);
    started.put(start.jobId(), start.time());
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd end) {
    Long t = started.remove(end.jobId());
    String label = labels.remove(end.jobId());
    if (t == null || label == null) {
      return;
    }
    long[] acc = byLabel.computeIfAbsent(label, k -> new long[2]);
    synchronized (acc) {
      acc[0]++;
      acc[1] += end.time() - t;
    }
  }

  /** One line per description: job count, seconds and the largest round, in name order. */
  String summary() {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, long[]> e : new TreeMap<>(byLabel).entrySet()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %-45s %5d jobs %8.1f s%s%n",
              e.getKey(),
              e.getValue()[0],
              e.getValue()[1] / 1e3,
              maxRound.containsKey(e.getKey()) ? ", N up to " + maxRound.get(e.getKey()) : ""));
    }
    return b.toString();
  }
}
