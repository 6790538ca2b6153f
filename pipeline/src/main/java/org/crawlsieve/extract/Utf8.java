package org.crawlsieve.extract;

/** Strict UTF-8 validation of a byte prefix, used as the cheapest encoding detector. */
final class Utf8 {
  private Utf8() {}

  /**
   * True when the first {@code limit} bytes are well-formed UTF-8 (pure ASCII included). A sequence
   * cut by the limit or by the end of a truncated payload counts as well-formed.
   */
  static boolean isValid(byte[] b, int limit) {
    int end = Math.min(b.length, limit);
    int i = 0;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= end) {
          return true;
        }
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }
}
