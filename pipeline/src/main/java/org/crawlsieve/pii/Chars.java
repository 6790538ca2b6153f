package org.crawlsieve.pii;

import java.util.Locale;

/** Character classes and bounded look-around shared by the hand-written scanners. */
final class Chars {
  private Chars() {}

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isDigitInt(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiAlnum(char c) {
    return isDigit(c) || isAsciiLetter(c);
  }

  static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Letter or digit in any script, or underscore: part of a word. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The char at {@code i}, or a space outside the text (so boundaries need no range checks). */
  static char at(String s, int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : ' ';
  }

  /** True when {@code s} has {@code word} at {@code i}, ignoring ASCII case. */
  static boolean matchesAt(String s, int i, String word) {
    return i >= 0 && s.regionMatches(true, i, word, 0, word.length());
  }

  /**
   * Up to {@code max} words before {@code end}, nearest first, lower-cased, within {@code maxChars}
   * chars and the same line. Words are runs of letters (digits and punctuation separate them), so
   * "Tel.:" gives "tel".
   */
  static String[] wordsBefore(String s, int end, int max, int maxChars) {
    String[] out = new String[max];
    int n = 0;
    int i = end - 1;
    int stop = Math.max(0, end - maxChars);
    while (i >= stop && n < max) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (Character.isLetter(c)) {
        int wordEnd = i + 1;
        while (i >= stop && Character.isLetter(s.charAt(i))) {
          i--;
        }
        out[n++] = s.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
      } else {
        i--;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Up to {@code max} words after {@code start}, in order, lower-cased; same rules as before. */
  static String[] wordsAfter(String s, int start, int max, int maxChars) {
    String[] out = new String[max];
    int n = 0;
    int i = start;
    int stop = Math.min(s.length(), start + maxChars);
    while (i < stop && n < max) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        break;
      }
      if (Character.isLetter(c)) {
        int wordStart = i;
        while (i < stop && Character.isLetter(s.charAt(i))) {
          i++;
        }
        out[n++] = s.substring(wordStart, i).toLowerCase(Locale.ROOT);
      } else {
        i++;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
