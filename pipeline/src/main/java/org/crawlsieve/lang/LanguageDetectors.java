package org.crawlsieve.lang;

/**
 * The per-JVM language detector. Models take seconds to load and are immutable and thread-safe
 * once built, so one instance serves every task of an executor (never one per record or task).
 */
public final class LanguageDetectors {
  private LanguageDetectors() {}

  private static final class Holder {
    static final LanguageDetector INSTANCE = new OptimaizeDetector();
  }

  public static LanguageDetector shared() {
    return Holder.INSTANCE;
  }
}
