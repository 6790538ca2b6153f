package org.crawlsieve.core;

import java.util.List;

/** Combines the decisions of all steps on one record into its final decision. */
public final class Decisions {
  private Decisions() {}

  /**
   * The first excluding decision in step order, or else the last modifying one, or else a keep by
   * {@code finalStep}. Steps run in a fixed order, so "first" is stable.
   */
  public static Decision decisive(List<Decision> decisions, String finalStep) {
    Decision modify = null;
    for (Decision d : decisions) {
      if (d.verdict().excludes()) {
        return d;
      }
      if (d.verdict() == Verdict.MODIFY) {
        modify = d;
      }
    }
    return modify != null ? modify : Decision.keep(finalStep);
  }
}
