package org.crawlsieve.extract;

import java.nio.charset.StandardCharsets;

/**
 * Finds the charset declared by {@code <meta charset=...>} or {@code <meta http-equiv=Content-Type
 * content="...; charset=...">} in the first bytes of a page, with a plain byte scan (no parse, no
 * regex), as the HTML standard's prescan does in simplified form.
 */
final class MetaCharset {
  private MetaCharset() {}

  /** The declared label, or null. Only {@code limit} bytes are read. */
  static String find(byte[] bytes, int limit) {
    int end = Math.min(bytes.length, limit);
    for (int i = 0; i + 5 < end; i++) {
      if (bytes[i] != '<') {
        continue;
      }
      if (bytes[i + 1] == '!' && i + 3 < end && bytes[i + 2] == '-' && bytes[i + 3] == '-') {
        int close = indexOf(bytes, "-->", i + 4, end);
        if (close < 0) {
          return null;
        }
        i = close + 2;
        continue;
      }
      if (!matchesIgnoreCase(bytes, i + 1, end, "meta")) {
        continue;
      }
      int tagEnd = indexOf(bytes, ">", i + 5, end);
      if (tagEnd < 0) {
        return null;
      }
      String tag = new String(bytes, i + 5, tagEnd - i - 5, StandardCharsets.ISO_8859_1);
      String label = charsetIn(tag);
      if (label != null) {
        return label;
      }
      i = tagEnd;
    }
    return null;
  }

  /** The value after {@code charset=} in a meta tag's attribute text, or null. */
  static String charsetIn(String tag) {
    String lower = tag.toLowerCase(java.util.Locale.ROOT);
    int at = lower.indexOf("charset");
    while (at >= 0) {
      int j = at + "charset".length();
      while (j < lower.length() && lower.charAt(j) <= ' ') {
        j++;
      }
      if (j < lower.length() && lower.charAt(j) == '=') {
        j++;
        while (j < lower.length()
            && (lower.charAt(j) <= ' ' || lower.charAt(j) == '"' || lower.charAt(j) == '\'')) {
          j++;
        }
        int start = j;
        while (j < lower.length() && isLabelChar(lower.charAt(j))) {
          j++;
        }
        if (j > start) {
          return lower.substring(start, j);
        }
      }
      at = lower.indexOf("charset", at + 1);
    }
    return null;
  }

  private static boolean isLabelChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == ':';
  }

  private static boolean matchesIgnoreCase(byte[] b, int from, int end, String word) {
    if (from + word.length() >= end) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase((char) (b[from + k] & 0xFF)) != word.charAt(k)) {
        return false;
      }
    }
    char after = (char) (b[from + word.length()] & 0xFF);
    return after <= ' ' || after == '/';
  }

  private static int indexOf(byte[] b, String s, int from, int end) {
    outer:
    for (int i = from; i + s.length() <= end; i++) {
      for (int k = 0; k < s.length(); k++) {
        if (b[i + k] != s.charAt(k)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
