package org.crawlsieve.extract;

/**
 * The char-by-char {@link Whitespace} of session 5, kept as the reference the array-based one must
 * match exactly ({@code WhitespaceTest}).
 */
final class WhitespaceOracle {
  private WhitespaceOracle() {}

  static void appendCollapsed(StringBuilder out, String text) {
    int n = out.length();
    boolean space = n == 0 || out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\n';
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || Whitespace.isSpace(c)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
      }
    }
  }

  static String tidyLines(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int lineStart = 0;
    boolean space = true;
    for (int i = 0, n = raw.length(); i < n; i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        trimEnd(out, lineStart);
        if (out.length() > lineStart) {
          out.append('\n');
          lineStart = out.length();
        }
        space = true;
      } else if (Whitespace.isSpace(c)) {
        if (!space) {
          out.append(' ');
          space = true;
        }
      } else {
        out.append(c);
        space = false;
      }
    }
    trimEnd(out, lineStart);
    int end = out.length();
    if (end > 0 && out.charAt(end - 1) == '\n') {
      out.setLength(end - 1);
    }
    return out.toString();
  }

  private static void trimEnd(StringBuilder out, int lineStart) {
    int n = out.length();
    while (n > lineStart && out.charAt(n - 1) == ' ') {
      n--;
    }
    out.setLength(n);
  }
}
