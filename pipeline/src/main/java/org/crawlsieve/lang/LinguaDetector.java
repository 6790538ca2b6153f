package org.crawlsieve.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Lingua's detector over all its 75 languages. Scores are Lingua's confidence values (a softmax
 * over the candidate languages, so the top score is a probability-like value in [0, 1]). Models
 * load lazily per language on first use and stay; the detector is thread-safe.
 */
public final class LinguaDetector implements LanguageDetector {
  private final com.github.pemistahl.lingua.api.LanguageDetector detector;

  /** {@code lowAccuracy}: Lingua's trigram-only mode, faster and smaller, weaker on short text. */
  public LinguaDetector(boolean lowAccuracy) {
    var builder = com.github.pemistahl.lingua.api.LanguageDetectorBuilder.fromAllLanguages();
    if (lowAccuracy) {
      builder = builder.withLowAccuracyMode();
    }
    detector = builder.build();
  }

  @Override
  public Detection detect(CharSequence text) {
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(text.toString());
    Language top = null;
    double best = 0;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    if (top == null || top == Language.UNKNOWN) {
      return Detection.UNKNOWN;
    }
    String code = top.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    return new Detection(code, best);
  }
}
