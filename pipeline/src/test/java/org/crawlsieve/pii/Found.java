package org.crawlsieve.pii;

import java.util.ArrayList;
import java.util.List;

/** What a detector or scanner finds in a text, as the matched substrings in order. */
final class Found {
  private Found() {}

  static List<String> by(PiiDetector detector, String text) {
    List<PiiSpan> spans = new ArrayList<>();
    detector.detect(text, spans);
    List<String> out = new ArrayList<>();
    for (PiiSpan s : spans) {
      out.add(text.substring(s.start(), s.end()));
    }
    return out;
  }

  static List<String> by(PiiScanner scanner, String text) {
    List<String> out = new ArrayList<>();
    for (PiiSpan s : scanner.scan(text)) {
      out.add(s.type() + ":" + text.substring(s.start(), s.end()));
    }
    return out;
  }
}
