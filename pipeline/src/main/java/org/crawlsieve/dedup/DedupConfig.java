package org.crawlsieve.dedup;

/** Settings of the dedup stage. */
public record DedupConfig(Boolean enabled) {
  public DedupConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }

  public static DedupConfig defaults() {
    return new DedupConfig(null);
  }
}
