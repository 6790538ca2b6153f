package org.crawlsieve.extract;

/** Whitespace handling without regular expressions (hot path, untrusted text). */
public final class Whitespace {
  private Whitespace() {}

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\r'
        || c == '\u00A0'
        || c == '\f'
        || c == '\u000B'
        || (c > 127 && Character.isWhitespace(c));
  }

  /** Most chars of most pages: neither whitespace nor anything else the rules look at. */
  private static boolean isPrintableAscii(char c) {
    return c > ' ' && c < 0x7F;
  }

  /**
   * Appends {@code text} with every run of whitespace (newlines too) as one space. {@code scratch}
   * is a buffer the caller keeps between calls; the one to keep is returned (grown when {@code
   * text} did not fit). The chars are copied out in bulk and collapsed in place, then appended in
   * one call: appending char by char paid the builder's capacity and coder checks per char (the
   * largest item of extraction after the parse).
   */
  static char[] appendCollapsed(StringBuilder out, String text, char[] scratch) {
    int len = text.length();
    char[] buf = scratch.length >= len ? scratch : new char[Math.max(len, scratch.length * 2)];
    text.getChars(0, len, buf, 0);
    int n = out.length();
    boolean space = n == 0 || out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\n';
    int w = 0;
    for (int i = 0; i < len; i++) {
      char c = buf[i];
      if (isPrintableAscii(c) || !(c == '\n' || isSpace(c))) {
        buf[w++] = c;
        space = false;
      } else if (!space) {
        buf[w++] = ' ';
        space = true;
      }
    }
    out.append(buf, 0, w);
    return buf;
  }

  /**
   * Collapses whitespace inside each line, trims lines and drops empty ones; lines are joined by
   * {@code \n}. Works on one char array, in place (the write position never passes the read
   * position).
   */
  public static String tidyLines(CharSequence raw) {
    int n = raw.length();
    char[] buf = new char[n];
    if (raw instanceof String s) {
      s.getChars(0, n, buf, 0);
    } else if (raw instanceof StringBuilder sb) {
      sb.getChars(0, n, buf, 0);
    } else {
      for (int i = 0; i < n; i++) {
        buf[i] = raw.charAt(i);
      }
    }
    int w = 0;
    int lineStart = 0;
    boolean space = true;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (isPrintableAscii(c)) {
        buf[w++] = c;
        space = false;
      } else if (c == '\n') {
        w = trimEnd(buf, w, lineStart);
        if (w > lineStart) {
          buf[w++] = '\n';
          lineStart = w;
        }
        space = true;
      } else if (isSpace(c)) {
        if (!space) {
          buf[w++] = ' ';
          space = true;
        }
      } else {
        buf[w++] = c;
        space = false;
      }
    }
    w = trimEnd(buf, w, lineStart);
    if (w > 0 && buf[w - 1] == '\n') {
      w--;
    }
    return new String(buf, 0, w);
  }

  /** The end of {@code buf[0, end)} without the spaces that end its last line. */
  private static int trimEnd(char[] buf, int end, int lineStart) {
    while (end > lineStart && buf[end - 1] == ' ') {
      end--;
    }
    return end;
  }
}
