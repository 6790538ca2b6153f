package org.crawlsieve.lang;

import java.util.List;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/** Optimaize n-gram detector (through Tika). Models load once, ~1.3 s. */
public final class OptimaizeDetector implements LanguageDetector {
  private final OptimaizeLangDetector detector;

  public OptimaizeDetector() {
    detector = new OptimaizeLangDetector();
    detector.loadModels();
  }

  @Override
  public Detection detect(CharSequence text) {
    List<LanguageResult> results;
    synchronized (detector) {
      results = detector.detectAll(text.toString());
    }
    if (results.isEmpty() || results.get(0).isUnknown()) {
      return Detection.UNKNOWN;
    }
    LanguageResult top = results.get(0);
    String lang = top.getLanguage();
    int dash = lang.indexOf('-');
    return new Detection(dash < 0 ? lang : lang.substring(0, dash), top.getRawScore());
  }
}
