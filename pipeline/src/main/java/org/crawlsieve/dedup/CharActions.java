package org.crawlsieve.dedup;

import java.text.Normalizer;

/**
 * What {@link TextNormalizer} does with each UTF-16 char that can be decided alone, as one table
 * lookup instead of a Unicode normalisation plus property look-ups per char.
 *
 * <p>A char can be decided alone when NFKD leaves it unchanged (or maps it to separators only) and
 * it is a starter (canonical combining class 0): NFKD never reorders anything across a starter, so
 * the NFKD of a text is the NFKD of the runs between such chars, with the chars themselves in
 * between. Every other char ({@link #COMPLEX}: combining marks, chars with letters or digits in a
 * decomposition, surrogates) is normalised together with its neighbouring complex chars by {@link
 * Normalizer}, exactly as in the whole text. The table is built per JVM from the JDK's own
 * normaliser and character properties, so it agrees with them by construction; the starter test is
 * empirical too ({@code U+0345}, the mark with the highest combining class, must stay in front of
 * the char).
 */
final class CharActions {
  /** The char ends a word and is dropped (punctuation, symbols, white space). */
  static final char SEPARATOR = 0;

  /** The char is dropped without ending a word (format chars such as a soft hyphen). */
  static final char SKIP = 1;

  /** The char needs the general path (normalised together with its complex neighbours). */
  static final char COMPLEX = 2;

  /**
   * The char decomposes into a letter or digit followed by marks the normaliser drops (an accented
   * letter such as "ü" = "u" + U+0308): when the next char is not {@link #COMPLEX}, nothing can be
   * reordered with those marks, and the char writes {@link #decomposedOutput()}'s entry; before a
   * complex char it joins that char's run.
   */
  static final char DECOMPOSED = 3;

  /** Table values from here on are the char written to the normalised text. */
  static final char FIRST_OUTPUT = 4;

  private static final String HIGHEST_CLASS_MARK = "\u0345";

  private CharActions() {}

  /** The action of every BMP char: one of the constants above, or the char to write. */
  static char[] table() {
    return Holder.TABLE;
  }

  /** For a {@link #DECOMPOSED} char, the char it writes (its letter lower-cased, or '0'). */
  static char[] decomposedOutput() {
    return Holder.DECOMPOSED_OUTPUT;
  }

  private static final class Holder {
    static final char[] TABLE = new char[0x10000];
    static final char[] DECOMPOSED_OUTPUT = new char[0x10000];

    static {
      for (int c = 0; c < TABLE.length; c++) {
        char action = action((char) c);
        if (action == COMPLEX) {
          char first = decomposedFirst((char) c);
          if (first != COMPLEX) {
            action = DECOMPOSED;
            DECOMPOSED_OUTPUT[c] = first;
          }
        }
        TABLE[c] = action;
      }
    }
  }

  /**
   * The char a BMP char writes when its NFKD is one starter that writes a char followed only by
   * non-spacing or enclosing marks (dropped by the normaliser, whatever their order); else {@link
   * #COMPLEX}.
   */
  private static char decomposedFirst(char c) {
    if (Character.isSurrogate(c)) {
      return COMPLEX;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    if (decomposed.length() < 2 || !isStarter(decomposed.charAt(0))) {
      return COMPLEX;
    }
    for (int i = 1; i < decomposed.length(); i++) {
      int type = Character.getType(decomposed.charAt(i));
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
        return COMPLEX;
      }
    }
    char first = singleAction(decomposed.charAt(0));
    return first >= FIRST_OUTPUT ? first : COMPLEX;
  }

  private static char action(char c) {
    if (c < 0x80) {
      return asciiAction(c);
    }
    if (Character.isSurrogate(c)) {
      return COMPLEX;
    }
    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
    boolean allSeparators = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char d = decomposed.charAt(i);
      if (!isStarter(d)) {
        return COMPLEX;
      }
      allSeparators &= singleAction(d) == SEPARATOR;
    }
    if (decomposed.length() == 1) {
      return singleAction(decomposed.charAt(0));
    }
    return allSeparators ? SEPARATOR : COMPLEX;
  }

  /** A non-mark char that NFKD keeps and never moves behind a following mark. */
  private static boolean isStarter(char d) {
    if (Character.isSurrogate(d)) {
      return false;
    }
    int type = Character.getType(d);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      return false;
    }
    String s = String.valueOf(d);
    return Normalizer.normalize(s, Normalizer.Form.NFKD).equals(s)
        && Normalizer.normalize(HIGHEST_CLASS_MARK + s, Normalizer.Form.NFKD)
            .equals(HIGHEST_CLASS_MARK + s);
  }

  /** The general path's decision for a char NFKD keeps (see {@link TextNormalizer}). */
  private static char singleAction(char c) {
    int type = Character.getType(c);
    if (type == Character.FORMAT) {
      return SKIP;
    }
    if (Character.isLetter(c)) {
      int lower = Character.toLowerCase((int) c);
      return lower >= FIRST_OUTPUT
              && lower <= Character.MAX_VALUE
              && !Character.isSurrogate((char) lower)
          ? (char) lower
          : COMPLEX;
    }
    return Character.isDigit(c) ? '0' : SEPARATOR;
  }

  private static char asciiAction(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (c >= 'a' && c <= 'z') {
      return c;
    }
    return c >= '0' && c <= '9' ? '0' : SEPARATOR;
  }
}
