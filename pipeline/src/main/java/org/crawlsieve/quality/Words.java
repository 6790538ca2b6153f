package org.crawlsieve.quality;

import java.util.Locale;

/**
 * The word tokens of one text, in order, each a character range of the text: a token is exactly the
 * text's characters from its start to its end (Lucene's scanners copy tokens out of the text
 * unchanged), so the split makes no {@code String} per token; {@link #token} builds one for the few
 * callers that need it. The text's characters are kept as a {@code char[]} (one copy per split)
 * that the filters loop over instead of {@code String.charAt}, which pays a coder check and a
 * bounds check per character. Immutable once built: {@link #chars} must not be changed.
 *
 * @param text the text that was split
 * @param chars the characters of {@code text} ({@code text.toCharArray()})
 * @param starts start offset (UTF-16 index into {@code text}) of each token, ascending; its length
 *     is the token count
 * @param ends end offset (exclusive) of each token
 */
record Words(String text, char[] chars, int[] starts, int[] ends) {

  /** The words of {@code text} given as tokens with their starts (tests and oracles). */
  static Words of(String text, String[] tokens, int[] starts) {
    int[] ends = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (!text.startsWith(tokens[i], starts[i])) {
        throw new IllegalArgumentException("token " + i + " is not at its start: " + tokens[i]);
      }
      ends[i] = starts[i] + tokens[i].length();
    }
    return new Words(text, text.toCharArray(), starts, ends);
  }

  int count() {
    return starts.length;
  }

  /** Characters (UTF-16 units) of token {@code i}. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** Token {@code i} as a new string (allocates: for first occurrences and tests). */
  String token(int i) {
    return new String(chars, starts[i], ends[i] - starts[i]);
  }

  String lower(int i) {
    return token(i).toLowerCase(Locale.ROOT);
  }

  /** Every token as a string (tests and oracles). */
  String[] tokens() {
    String[] out = new String[count()];
    for (int i = 0; i < out.length; i++) {
      out[i] = token(i);
    }
    return out;
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
