package org.crawlsieve.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a fixed list of detectors over a text and resolves their overlapping matches into one
 * deterministic set of disjoint spans, then replaces them.
 *
 * <p>Overlaps: the longest span wins; among equally long ones the earliest; among spans with the
 * same bounds the detector listed first (the most specific: secret, email, IBAN, card, id, IP,
 * phone). So an IBAN or card number wins over the phone number the matcher saw inside it, and an
 * SSN over the same digits read as a phone number. Immutable and thread-safe.
 */
public final class PiiScanner {
  private final List<PiiDetector> detectors;

  /** {@code detectors} in priority order (first wins a tie). */
  public PiiScanner(List<PiiDetector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  public List<PiiDetector> detectors() {
    return detectors;
  }

  /**
   * The resolved spans in {@code text}, sorted by start. One pass first finds which detectors'
   * triggers occur ({@link PiiTriggers}); the others cannot match and are skipped.
   */
  public List<PiiSpan> scan(String text) {
    PiiTriggers triggers = PiiTriggers.of(text);
    List<PiiSpan> all = null;
    int[] priority = null;
    for (int d = 0; d < detectors.size(); d++) {
      PiiDetector detector = detectors.get(d);
      if (!detector.mayMatch(triggers)) {
        continue;
      }
      if (all == null) {
        all = new ArrayList<>();
        priority = new int[4];
      }
      int before = all.size();
      detector.detect(text, all);
      if (all.size() > priority.length) {
        priority = Arrays.copyOf(priority, Math.max(all.size(), priority.length * 2));
      }
      Arrays.fill(priority, before, all.size(), d);
    }
    return all == null ? List.of() : resolve(all, priority);
  }

  /**
   * Greedy selection by (longest, earliest, detector order); the result sorted by start. {@code
   * priority[k]} is the position of span k's detector (lower wins a tie).
   */
  static List<PiiSpan> resolve(List<PiiSpan> spans, int[] priority) {
    if (spans.size() <= 1) {
      return List.copyOf(spans); // nothing to resolve; the common case
    }
    Integer[] order = new Integer[spans.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(
        order,
        Comparator.<Integer>comparingInt(k -> -spans.get(k).length())
            .thenComparingInt(k -> spans.get(k).start())
            .thenComparingInt(k -> priority[k]));
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

  /** The outcome of scrubbing one text. */
  public record Scrubbed(String text, List<PiiSpan> spans, Map<PiiType, Integer> counts) {
    public int hits() {
      return spans.size();
    }

    /** Counts keyed by type name, for {@code Document.piiCounts} and JSON. */
    public Map<String, Integer> countsByName() {
      Map<String, Integer> out = new TreeMap<>();
      counts.forEach((t, n) -> out.put(t.name(), n));
      return out;
    }
  }

  /** Scans {@code text} and replaces every span with the token of its type. */
  public Scrubbed scrub(String text, Map<PiiType, String> tokens) {
    List<PiiSpan> spans = scan(text);
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    if (spans.isEmpty()) {
      return new Scrubbed(text, spans, counts);
    }
    StringBuilder sb = new StringBuilder(text.length());
    int pos = 0;
    for (PiiSpan s : spans) {
      sb.append(text, pos, s.start()).append(tokens.get(s.type()));
      pos = s.end();
      counts.merge(s.type(), 1, Integer::sum);
    }
    sb.append(text, pos, text.length());
    return new Scrubbed(sb.toString(), spans, counts);
  }
}
