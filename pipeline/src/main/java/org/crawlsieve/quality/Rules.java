package org.crawlsieve.quality;

import java.util.Map;
import java.util.TreeMap;

/** Helpers for layering partial rule records (per-language overrides over the defaults). */
final class Rules {
  private Rules() {}

  static <T> T or(T value, T base) {
    return value != null ? value : base;
  }

  /** {@code base} with the entries of {@code value} laid over it; null when both are null. */
  static <K, V> Map<K, V> merge(Map<K, V> value, Map<K, V> base) {
    if (value == null) {
      return base;
    }
    if (base == null) {
      return value;
    }
    Map<K, V> merged = new TreeMap<>(base);
    merged.putAll(value);
    return merged;
  }
}
