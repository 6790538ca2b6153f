package org.crawlsieve.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The text form both dedup hashes see, so that trivial variants collide: Unicode compatibility
 * decomposition (NFKD) with combining marks removed ("café" = "cafe", full-width = ASCII), lower
 * case, every digit replaced by {@code 0} (dates and counters differ between captures), and every
 * run of characters that are neither letters nor digits (punctuation, symbols, white space)
 * replaced by one space. The result is words separated by single spaces, with no leading or
 * trailing space; a text without letters or digits becomes the empty string.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    int n = decomposed.length();
    // never longer than its input: a space is written only in place of a dropped separator, and
    // lower-casing keeps a char in the BMP; the guard below grows it if Unicode ever disagrees
    char[] out = new char[n + 1];
    int len = 0;
    boolean pendingSpace = false;
    int i = 0;
    while (i < n) {
      if (len + 3 > out.length) {
        out = Arrays.copyOf(out, out.length * 2 + 3);
      }
      char c = decomposed.charAt(i);
      if (c < 0x80) {
        // ASCII, most of the web's text: the same decisions as below without the Unicode
        // property look-ups (no ASCII char is a mark or a format char; the letters are A-Z, a-z
        // and the digits 0-9 only)
        i++;
        boolean upper = c >= 'A' && c <= 'Z';
        boolean digit = c >= '0' && c <= '9';
        if (upper || (c >= 'a' && c <= 'z') || digit) {
          if (pendingSpace && len > 0) {
            out[len++] = ' ';
          }
          pendingSpace = false;
          out[len++] = digit ? '0' : upper ? (char) (c + ('a' - 'A')) : c;
        } else {
          pendingSpace = true;
        }
        continue;
      }
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue; // accents after NFKD, zero-width joiners, soft hyphens: part of the word
      }
      if (Character.isLetter(cp) || type == Character.COMBINING_SPACING_MARK) {
        if (pendingSpace && len > 0) {
          out[len++] = ' ';
        }
        pendingSpace = false;
        len += Character.toChars(Character.toLowerCase(cp), out, len);
      } else if (Character.isDigit(cp)) {
        if (pendingSpace && len > 0) {
          out[len++] = ' ';
        }
        pendingSpace = false;
        out[len++] = '0';
      } else {
        pendingSpace = true;
      }
    }
    return new String(out, 0, len);
  }
}
