package org.crawlsieve.dedup;

import java.text.Normalizer;

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
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    int i = 0;
    while (i < decomposed.length()) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue; // accents after NFKD, zero-width joiners, soft hyphens: part of the word
      }
      if (Character.isLetter(cp) || type == Character.COMBINING_SPACING_MARK) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else if (Character.isDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append('0');
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }
}
