package org.crawlsieve.core;

/** What a step decided about one record. */
public enum Verdict {
  /** The record passes this step unchanged. */
  KEEP,
  /** The record passes, with its text or metadata changed (e.g. PII replaced). */
  MODIFY,
  /** The record is excluded from the corpus; the reason code says why. */
  DROP,
  /** Processing failed; the record is excluded and the reason code names the failure. */
  ERROR;

  /** True when the record leaves the corpus at this step. */
  public boolean excludes() {
    return this == DROP || this == ERROR;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
