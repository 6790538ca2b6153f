package org.crawlsieve.core;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One step's decision on one record: the verdict, a stable reason code from the step's closed set
 * (null when the record is kept unchanged), measured scores and evidence.
 *
 * <p>Scores and evidence are kept for kept records too, so thresholds can change later without
 * recomputing (the Dolma "tag first, decide later" model).
 */
public record Decision(
    String step,
    Verdict verdict,
    String reason,
    Map<String, Double> scores,
    Map<String, String> evidence) {

  public Decision {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(verdict, "verdict");
    if (verdict != Verdict.KEEP && reason == null) {
      throw new IllegalArgumentException("a " + verdict.code() + " decision needs a reason code");
    }
    scores =
        scores == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(scores));
    evidence =
        evidence == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new TreeMap<>(evidence));
  }

  public static Decision keep(String step) {
    return new Decision(step, Verdict.KEEP, null, Map.of(), Map.of());
  }

  public static Decision keep(String step, Map<String, Double> scores) {
    return new Decision(step, Verdict.KEEP, null, scores, Map.of());
  }

  public static Decision modify(String step, String reason, Map<String, String> evidence) {
    return new Decision(step, Verdict.MODIFY, reason, Map.of(), evidence);
  }

  public static Decision drop(String step, String reason, Map<String, String> evidence) {
    return new Decision(step, Verdict.DROP, reason, Map.of(), evidence);
  }

  public static Decision drop(
      String step, String reason, Map<String, Double> scores, Map<String, String> evidence) {
    return new Decision(step, Verdict.DROP, reason, scores, evidence);
  }

  public static Decision error(String step, String reason, Throwable cause) {
    String message = cause.getClass().getSimpleName();
    if (cause.getMessage() != null) {
      message += ": " + Text.truncate(cause.getMessage(), 300);
    }
    return new Decision(step, Verdict.ERROR, reason, Map.of(), Map.of("exception", message));
  }

  public Decision withScores(Map<String, Double> more) {
    Map<String, Double> merged = new TreeMap<>(scores);
    merged.putAll(more);
    return new Decision(step, verdict, reason, merged, evidence);
  }
}
