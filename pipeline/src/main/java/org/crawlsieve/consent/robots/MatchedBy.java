package org.crawlsieve.consent.robots;

import java.util.Locale;

/** How an agent found its group in a robots.txt file. */
public enum MatchedBy {
  /** A group names the agent's product token. */
  NAME,
  /** No group names the agent; the {@code *} group applies. */
  STAR,
  /** Neither: no group applies, so everything is allowed. */
  NONE;

  /** Lower-case code used in evidence ({@code name}, {@code *}, {@code none}). */
  public String code() {
    return this == STAR ? "*" : name().toLowerCase(Locale.ROOT);
  }
}
