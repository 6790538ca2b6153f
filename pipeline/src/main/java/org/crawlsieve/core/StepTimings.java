package org.crawlsieve.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time per step, accumulated over the records one processor handled. Not thread-safe. */
public final class StepTimings {
  private final Map<String, long[]> nanos = new LinkedHashMap<>();

  public void add(String step, long elapsedNanos) {
    long[] t = nanos.computeIfAbsent(step, k -> new long[2]);
    t[0] += elapsedNanos;
    t[1]++;
  }

  /** Nanoseconds per step, in first-seen order. */
  public Map<String, Long> totalNanos() {
    Map<String, Long> out = new LinkedHashMap<>();
    nanos.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }

  /** Takes and resets the totals (to attribute them to one input file). */
  public Map<String, Long> drain() {
    Map<String, Long> out = totalNanos();
    nanos.clear();
    return out;
  }
}
