package org.crawlsieve.pii;

import java.util.List;

/**
 * A plug-in that finds one kind of PII in text. Implementations are immutable and thread-safe,
 * built once, and run in time linear in the text: every scan is a plain loop with bounded
 * look-around, never a backtracking regex over unbounded input.
 */
public interface PiiDetector {

  /** Stable name, e.g. {@code email}, {@code us_ssn}; recorded on each span. */
  String name();

  /** The type of every span this detector reports. */
  PiiType type();

  /** Appends every match in {@code text} to {@code out}; matches may overlap other detectors'. */
  void detect(String text, List<PiiSpan> out);

  /**
   * False only when {@link #detect} could not report anything in a text with these triggers, so the
   * scanner may skip it. Must never be false when {@code detect} would find a span; the default
   * (always true) suits any plug-in.
   */
  default boolean mayMatch(PiiTriggers triggers) {
    return true;
  }
}
