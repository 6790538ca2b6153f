package org.crawlsieve.consent;

/** Settings of the consent stage. */
public record ConsentConfig(Boolean enabled) {
  public ConsentConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
  }

  public static ConsentConfig defaults() {
    return new ConsentConfig(null);
  }
}
