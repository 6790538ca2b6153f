package org.crawlsieve.lang;

/**
 * The per-JVM language detector. Models take seconds to load and are immutable and thread-safe once
 * built, so one instance serves every task of an executor (never one per record or task).
 *
 * <p>The choice was measured (docs/extraction.md, {@code LangIdBench}): Optimaize alone is fast but
 * weak on short texts; Lingua is accurate but ~20x slower per character. The default runs Optimaize
 * and asks Lingua (low-accuracy mode, the first 500 characters) only for short texts and unsure
 * answers: Lingua's accuracy on sentences at nearly Optimaize's speed on documents.
 */
public final class LanguageDetectors {
  private LanguageDetectors() {}

  /** Characters of text given to Lingua when Optimaize is unsure. */
  static final int LINGUA_CHARS = 500;

  private static final class Holder {
    static final LanguageDetector INSTANCE =
        new HybridDetector(new OptimaizeDetector(), new LinguaDetector(true), LINGUA_CHARS);
  }

  public static LanguageDetector shared() {
    return Holder.INSTANCE;
  }
}
