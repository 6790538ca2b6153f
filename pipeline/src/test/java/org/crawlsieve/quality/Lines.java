package org.crawlsieve.quality;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: the ways the reference filters cut text into lines and paragraphs, as substrings, the
 * way the quality steps did before session 4 (they now walk the lines in place); the oracles
 * ({@link GopherRepetitionOracle}, {@link FineWebOracle}, {@link GopherQualityOracle}) use them.
 * Each mirrors the Python expression named in its comment.
 */
final class Lines {
  private Lines() {}

  /**
   * {@code text.splitlines()}: lines split at {@code \n}, {@code \r}, {@code \r\n}, U+0085, U+2028
   * and U+2029, without a trailing empty line; empty text gives no lines.
   */
  static List<String> splitLines(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        out.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Occurrences of {@code needle} in {@code text}, not overlapping ({@code str.count}). */
  static int count(String text, String needle) {
    int n = 0;
    int from = 0;
    while (true) {
      int at = text.indexOf(needle, from);
      if (at < 0) {
        return n;
      }
      n++;
      from = at + needle.length();
    }
  }

  /** Occurrences of one character. */
  static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }
}
