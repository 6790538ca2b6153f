package org.crawlsieve.config;

import java.util.List;

/** The pipeline's stage names, in the order they run. A config enables a subset of them. */
public final class Stages {
  public static final String EXTRACT = "extract";
  public static final String LANGUAGE = "language";
  public static final String CONSENT = "consent";
  public static final String PII = "pii";
  public static final String QUALITY = "quality";
  public static final String DEDUP = "dedup";

  /** Every valid stage name, in execution order. */
  public static final List<String> ALL = List.of(EXTRACT, LANGUAGE, CONSENT, PII, QUALITY, DEDUP);

  private Stages() {}
}
