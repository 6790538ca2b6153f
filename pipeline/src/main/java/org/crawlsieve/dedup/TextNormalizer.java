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
 *
 * <p>Works over a char array: most chars are decided by one lookup in {@link CharActions}; only
 * runs of chars that need the Unicode normaliser (combining marks, ligatures, surrogate pairs…) go
 * through {@link Normalizer} and the property look-ups, run by run, which gives the same result as
 * normalising the whole text (see {@link CharActions}).
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    Normalized n = normalize(text.toCharArray(), text.length());
    return new String(n.chars(), 0, n.length());
  }

  /**
   * The normalised form of {@code src[0, n)}.
   *
   * @return the normalised chars (in a new array, possibly longer than the text) and their count
   */
  static Normalized normalize(char[] src, int n) {
    char[] table = CharActions.table();
    char[] decomposedOutput = CharActions.decomposedOutput();
    // about as long as its input: a space is written only in place of a dropped separator, and
    // only decompositions grow (checked below)
    char[] out = new char[n + 2];
    int len = 0;
    boolean pendingSpace = false;
    int i = 0;
    while (i < n) {
      char c = src[i];
      char action = table[c];
      if (action == CharActions.DECOMPOSED
          && (i + 1 == n || table[src[i + 1]] != CharActions.COMPLEX)) {
        action = decomposedOutput[c];
      }
      if (action >= CharActions.FIRST_OUTPUT) {
        if (len + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        if (pendingSpace && len > 0) {
          out[len++] = ' ';
        }
        pendingSpace = false;
        out[len++] = action;
        i++;
      } else if (action == CharActions.SEPARATOR) {
        pendingSpace = true;
        i++;
      } else if (action == CharActions.SKIP) {
        i++;
      } else {
        // a run: this char and the complex chars after it (a decomposed char before a complex
        // one joins the run, as its marks could be reordered with that char's)
        int end = i + 1;
        while (end < n
            && (table[src[end]] == CharActions.COMPLEX
                || (table[src[end]] == CharActions.DECOMPOSED
                    && end + 1 < n
                    && table[src[end + 1]] == CharActions.COMPLEX))) {
          end++;
        }
        String decomposed = Normalizer.normalize(new String(src, i, end - i), Normalizer.Form.NFKD);
        // each decomposed char writes at most itself and a space
        if (len + 2 * decomposed.length() + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2 + 2 * decomposed.length() + 2);
        }
        int state = general(decomposed, out, len, pendingSpace);
        len = state >>> 1;
        pendingSpace = (state & 1) != 0;
        i = end;
      }
    }
    return new Normalized(out, len);
  }

  /**
   * The general path over an NFKD-normalised run; returns the new length times two plus the pending
   * space flag.
   */
  private static int general(String decomposed, char[] out, int len, boolean pendingSpace) {
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
    return len << 1 | (pendingSpace ? 1 : 0);
  }

  /** Normalised chars {@code chars[0, length)}. */
  record Normalized(char[] chars, int length) {}
}
