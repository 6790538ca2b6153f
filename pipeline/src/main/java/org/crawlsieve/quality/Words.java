package org.crawlsieve.quality;

import java.util.Locale;

/**
 * The word tokens of one text, in order, with where each starts. Immutable once built.
 *
 * @param text the text that was split
 * @param tokens word tokens as they appear in the text (not lower-cased); punctuation is not a word
 * @param starts start offset (UTF-16 index into {@code text}) of each token
 */
record Words(String text, String[] tokens, int[] starts) {

  int count() {
    return tokens.length;
  }

  String token(int i) {
    return tokens[i];
  }

  String lower(int i) {
    return tokens[i].toLowerCase(Locale.ROOT);
  }

  /** Number of tokens starting in {@code [from, to)}; {@code starts} is sorted. */
  int countIn(int from, int to) {
    return lowerBound(to) - lowerBound(from);
  }

  private int lowerBound(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
