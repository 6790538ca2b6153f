package org.crawlsieve.quality;

/** Settings of the quality stage. */
public record QualityConfig(Boolean enabled) {
  public QualityConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }

  public static QualityConfig defaults() {
    return new QualityConfig(null);
  }
}
