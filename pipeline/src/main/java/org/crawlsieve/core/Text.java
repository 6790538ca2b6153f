package org.crawlsieve.core;

/** Small string helpers shared by every step. */
public final class Text {
  private Text() {}

  /** Cuts {@code s} to at most {@code max} chars, never splitting a surrogate pair. */
  public static String truncate(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = max;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }
}
