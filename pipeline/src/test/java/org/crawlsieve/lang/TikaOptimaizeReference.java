package org.crawlsieve.lang;

import java.util.List;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The reference {@link OptimaizeDetector} must match bit for bit: the detector as it was before
 * session 4, a fresh Tika {@link OptimaizeLangDetector} wrapper per call over Tika's shared models.
 */
final class TikaOptimaizeReference implements LanguageDetector {
  @Override
  public Detection detect(CharSequence text) {
    String s = text.toString();
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
