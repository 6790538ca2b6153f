package org.crawlsieve.lang;

import java.util.List;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Optimaize n-gram detector (through Tika). The models load once per JVM, ~1.3 s: Tika keeps the
 * default detector in a static field and every {@link OptimaizeLangDetector} without custom priors
 * shares it. What is not thread-safe is Tika's wrapper (it buffers the text), so each call takes a
 * fresh wrapper (a reference to the shared models plus a text buffer) instead of serialising all
 * the partitions of an executor on one shared wrapper's lock.
 */
public final class OptimaizeDetector implements LanguageDetector {
  public OptimaizeDetector() {
    new OptimaizeLangDetector().loadModels(); // loads the shared models now, not on first use
  }

  @Override
  public Detection detect(CharSequence text) {
    String s = text.toString();
    // the int is only the text buffer's initial size (Tika buffers the text and one space)
    List<LanguageResult> results =
        new OptimaizeLangDetector(s.length() + 1).loadModels().detectAll(s);
    if (results.isEmpty() || results.get(0).isUnknown()) {
      return Detection.UNKNOWN;
    }
    LanguageResult top = results.get(0);
    String lang = top.getLanguage();
    int dash = lang.indexOf('-');
    return new Detection(dash < 0 ? lang : lang.substring(0, dash), top.getRawScore());
  }
}
