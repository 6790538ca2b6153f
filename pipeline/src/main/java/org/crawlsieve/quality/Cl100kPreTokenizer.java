package org.crawlsieve.quality;

/**
 * The piece boundaries of cl100k_base's pre-tokenizer, whose split pattern is
 *
 * <pre>
 * (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
 * |\s*[\r\n]+|\s+(?!\S)|\s+
 * </pre>
 *
 * written as a plain loop over code points: no regex, no allocation, no backtracking. BPE never
 * merges across pieces, so a text's token count is the sum of its pieces' counts, which lets {@link
 * TokenCounter} cache counts per piece (words repeat heavily). {@code \s} is Unicode White_Space,
 * {@code \p{L}} and {@code \p{N}} are the JDK's general categories, as in jtokkit.
 */
final class Cl100kPreTokenizer {
  private Cl100kPreTokenizer() {}

  /** End (exclusive) of the piece that starts at {@code start < text.length()}. */
  static int pieceEnd(String text, int start) {
    int n = text.length();
    int c0 = text.codePointAt(start);
    int i1 = start + Character.charCount(c0);
    int c1 = i1 < n ? text.codePointAt(i1) : -1;

    // 1. contractions, case-insensitive ('ſ' folds to 's'); all of these are single chars
    if (c0 == '\'' && c1 >= 0) {
      if (isShortContraction(c1)) {
        return start + 2;
      }
      if (start + 2 < n && isLongContraction(c1, text.codePointAt(start + 2))) {
        return start + 3;
      }
    }
    // 2. a word, optionally led by one character that is neither a line break, letter nor digit
    if (isLetter(c0) || (isLetter(c1) && !isNewline(c0) && !isNumber(c0))) {
      int i = i1;
      while (i < n) {
        int c = text.codePointAt(i);
        if (!isLetter(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      return i;
    }
    // 3. one to three digits
    if (isNumber(c0)) {
      int i = i1;
      for (int k = 1; k < 3 && i < n; k++) {
        int c = text.codePointAt(i);
        if (!isNumber(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      return i;
    }
    // 4. punctuation run, optionally led by one space, then any line breaks
    boolean punct0 = isPunctuation(c0);
    if (punct0 || (c0 == ' ' && isPunctuation(c1))) {
      int i = punct0 ? i1 : i1 + Character.charCount(c1);
      while (i < n) {
        int c = text.codePointAt(i);
        if (!isPunctuation(c)) {
          break;
        }
        i += Character.charCount(c);
      }
      while (i < n && isNewline(text.charAt(i))) {
        i++;
      }
      return i;
    }
    // 5-7. whitespace (every White_Space character is a single char)
    int end = start + 1;
    int lastNewline = isNewline(c0) ? start : -1;
    while (end < n && isWhitespace(text.charAt(end))) {
      if (isNewline(text.charAt(end))) {
        lastNewline = end;
      }
      end++;
    }
    if (lastNewline >= 0) {
      return lastNewline + 1; // \s*[\r\n]+ : up to the last line break of the run
    }
    if (end == n || end - start == 1) {
      return end; // \s+(?!\S) at the end of the text, or \s+ for a lone space before a word
    }
    return end - 1; // \s+(?!\S): the last space goes with what follows
  }

  private static boolean isShortContraction(int c) {
    return c < 0x180 && "sStTmMdD\u017F".indexOf(c) >= 0;
  }

  private static boolean isLongContraction(int c1, int c2) {
    int u1 = Character.toUpperCase(c1);
    int u2 = Character.toUpperCase(c2);
    return (u1 == 'L' && u2 == 'L') || (u1 == 'V' && u2 == 'E') || (u1 == 'R' && u2 == 'E');
  }

  static boolean isLetter(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
        return true;
      default:
        return false;
    }
  }

  static boolean isNumber(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    switch (Character.getType(c)) {
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** Unicode White_Space. */
  static boolean isWhitespace(int c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r');
    }
    return c == 0x85
        || c == 0xA0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200A)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202F
        || c == 0x205F
        || c == 0x3000;
  }

  private static boolean isNewline(int c) {
    return c == '\n' || c == '\r';
  }

  /** {@code [^\s\p{L}\p{N}]}; false past the end of the text ({@code c < 0}). */
  private static boolean isPunctuation(int c) {
    return c >= 0 && !isWhitespace(c) && !isLetter(c) && !isNumber(c);
  }
}
