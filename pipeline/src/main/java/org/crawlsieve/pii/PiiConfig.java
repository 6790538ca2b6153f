package org.crawlsieve.pii;

/** Settings of the pii stage. */
public record PiiConfig(Boolean enabled) {
  public PiiConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }

  public static PiiConfig defaults() {
    return new PiiConfig(null);
  }
}
