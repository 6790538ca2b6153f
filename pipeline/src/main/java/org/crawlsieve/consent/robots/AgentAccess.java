package org.crawlsieve.consent.robots;

import java.util.Locale;

/** How much of a host an agent may fetch, as classified by the "Consent in Crisis" study. */
public enum AgentAccess {
  /** Nothing: the whole site is disallowed (e.g. {@code Disallow: /} with no Allow). */
  FULL,
  /** Some paths are disallowed. */
  PARTIAL,
  /** No path is disallowed. */
  NONE,
  /** No robots.txt capture to tell. */
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
