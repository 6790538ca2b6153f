package org.crawlsieve.consent.robots;

import java.util.Locale;

/** Which robots.txt capture judges a page. */
public enum TimeMode {
  /**
   * The capture from the page's own crawl nearest at or before the page's fetch date (what the site
   * said when the page was taken); the earliest later one in that crawl when none precedes.
   */
  CONTEMPORANEOUS,
  /**
   * The latest capture available (optionally only from a named crawl), applied to pages of any age:
   * today's opt-outs honoured for yesterday's data.
   */
  RETROACTIVE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a config value ({@code contemporaneous}, {@code retroactive}). */
  public static TimeMode of(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT));
  }
}
