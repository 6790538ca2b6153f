package org.crawlsieve.lang;

/** Identifies the language of a text. Implementations are thread-safe and built once per JVM. */
public interface LanguageDetector {

  /** Top language and its confidence; {@code und} with score 0 when nothing is recognised. */
  Detection detect(CharSequence text);

  /** A language code (ISO 639-1 where one exists) and a score in [0, 1]. */
  record Detection(String language, double score) {
    public static final Detection UNKNOWN = new Detection("und", 0.0);
  }
}
