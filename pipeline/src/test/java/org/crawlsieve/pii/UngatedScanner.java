package org.crawlsieve.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test oracle for {@link PiiScanner}: the scan as it was before triggers, every detector over
 * the whole text with no {@link PiiDetector#mayMatch} gate, resolved and replaced the same way.
 * What the gated scanner returns must equal this on every input.
 */
final class UngatedScanner {
  private final List<PiiDetector> detectors;

  UngatedScanner(List<PiiDetector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  List<PiiSpan> scan(String text) {
    List<PiiSpan> all = new ArrayList<>();
    List<Integer> priority = new ArrayList<>();
    for (int d = 0; d < detectors.size(); d++) {
      int before = all.size();
      detectors.get(d).detect(text, all);
      for (int k = before; k < all.size(); k++) {
        priority.add(d);
      }
    }
    return resolve(all, priority);
  }

  /** The resolution as it was (boxed priorities, a tree map even for 0 or 1 span). */
  static List<PiiSpan> resolve(List<PiiSpan> spans, List<Integer> priority) {
    Integer[] order = new Integer[spans.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(k -> -spans.get(k).length())
            .thenComparingInt(k -> spans.get(k).start())
            .thenComparingInt(priority::get));
    TreeMap<Integer, PiiSpan> chosen = new TreeMap<>();
    for (Integer k : order) {
      PiiSpan s = spans.get(k);
      Map.Entry<Integer, PiiSpan> floor = chosen.floorEntry(s.start());
      Map.Entry<Integer, PiiSpan> ceiling = chosen.ceilingEntry(s.start());
      boolean clash =
          (floor != null && floor.getValue().overlaps(s))
              || (ceiling != null && ceiling.getValue().overlaps(s));
      if (!clash) {
        chosen.put(s.start(), s);
      }
    }
    return List.copyOf(chosen.values());
  }

  PiiScanner.Scrubbed scrub(String text, Map<PiiType, String> tokens) {
    List<PiiSpan> spans = scan(text);
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    if (spans.isEmpty()) {
      return new PiiScanner.Scrubbed(text, spans, counts);
    }
    StringBuilder sb = new StringBuilder(text.length());
    int pos = 0;
    for (PiiSpan s : spans) {
      sb.append(text, pos, s.start()).append(tokens.get(s.type()));
      pos = s.end();
      counts.merge(s.type(), 1, Integer::sum);
    }
    sb.append(text, pos, text.length());
    return new PiiScanner.Scrubbed(sb.toString(), spans, counts);
  }
}
