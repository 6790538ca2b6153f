package org.crawlsieve.quality;

/**
 * What the Gopher quality rules count in a text's characters and lines, in one pass without a
 * substring per line, over the text's {@code char[]} ({@link Words#chars}): {@code #} characters,
 * ellipses ({@code ...} not overlapping, and {@code …}), lines as Python's {@code splitlines} cuts
 * them, lines starting (after whitespace) with {@code •} or {@code -}, lines ending (before
 * whitespace) with {@code ...} or {@code …}.
 *
 * <p>Whitespace is {@link Character#isWhitespace}, as {@link String#strip}; testing chars rather
 * than code points is the same, since every whitespace code point is in the BMP and no surrogate is
 * whitespace.
 */
record LineCounts(int hashes, int ellipses, int lines, int bulletLines, int ellipsisLines) {

  static LineCounts of(char[] text, int length) {
    int hashes = 0;
    int ellipses = 0;
    int dots = 0;
    int lines = 0;
    int bullets = 0;
    int ellipsisLines = 0;
    int start = 0;
    int i = 0;
    while (i < length) {
      char c = text[i];
      if (c == '.') {
        dots++;
      } else {
        // a run of k dots holds k / 3 non-overlapping "..."
        ellipses += dots / 3;
        dots = 0;
        if (c == '#') {
          hashes++;
        } else if (c == '\u2026') {
          ellipses++;
        } else if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
          lines++;
          bullets += bullet(text, start, i);
          ellipsisLines += endsWithEllipsis(text, start, i);
          if (c == '\r' && i + 1 < length && text[i + 1] == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      i++;
    }
    ellipses += dots / 3;
    if (start < length) {
      lines++;
      bullets += bullet(text, start, length);
      ellipsisLines += endsWithEllipsis(text, start, length);
    }
    return new LineCounts(hashes, ellipses, lines, bullets, ellipsisLines);
  }

  /** 1 when {@code text[start, end)} stripped of leading whitespace starts with • or -. */
  private static int bullet(char[] text, int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(text[i])) {
      i++;
    }
    return i < end && (text[i] == '\u2022' || text[i] == '-') ? 1 : 0;
  }

  /** 1 when {@code text[start, end)} stripped of trailing whitespace ends with ... or …. */
  private static int endsWithEllipsis(char[] text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text[e - 1])) {
      e--;
    }
    if (e > start && text[e - 1] == '\u2026') {
      return 1;
    }
    return e - start >= 3 && text[e - 1] == '.' && text[e - 2] == '.' && text[e - 3] == '.' ? 1 : 0;
  }
}
