package org.crawlsieve.pii;

/**
 * A run of ASCII digits in groups joined by one separator char, the same one throughout (e.g.
 * {@code 4111 1111 1111 1111}, {@code 123-45-6789}, {@code 4111111111111111}), as read by {@link
 * #read}. Bounded: reading stops after {@code maxDigits + 1} digits.
 *
 * @param end index after the last digit
 * @param digits the digits without separators
 * @param groups length of each group, in order
 * @param separator the joining char, or 0 when there is a single group
 */
record DigitGroups(int start, int end, String digits, int[] groups, char separator) {

  /**
   * Reads groups at {@code start} (a digit), joined by any char of {@code separators}. Returns null
   * when more than {@code maxDigits} digits follow, so a long number is never cut into a shorter
   * look-alike.
   */
  /**
   * Scans {@code text} for runs of digit groups (digits joined by {@code separators}, at most
   * {@code maxDigits} digits) that no word is glued to in front, and reports each run {@code
   * accept} takes as a span. Linear: a rejected run is skipped whole.
   */
  static void scan(
      String text,
      String separators,
      int maxDigits,
      java.util.function.BiPredicate<String, DigitGroups> accept,
      PiiType type,
      String name,
      java.util.List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      if (!gluedBefore(text, i)) {
        DigitGroups g = read(text, i, separators, maxDigits);
        if (g != null && accept.test(text, g)) {
          out.add(new PiiSpan(type, i, g.end(), name));
          i = g.end();
          continue;
        }
      }
      i = skipRun(text, i, separators);
    }
  }

  static DigitGroups read(String text, int start, String separators, int maxDigits) {
    StringBuilder digits = new StringBuilder(maxDigits + 1);
    int[] groups = new int[maxDigits + 1];
    int count = 0;
    char sep = 0;
    int pos = start;
    int n = text.length();
    while (true) {
      int groupStart = pos;
      while (pos < n && Chars.isDigit(text.charAt(pos))) {
        if (digits.length() > maxDigits) {
          return null;
        }
        digits.append(text.charAt(pos));
        pos++;
      }
      groups[count++] = pos - groupStart;
      char c = Chars.at(text, pos);
      boolean joins =
          separators.indexOf(c) >= 0
              && pos < n
              && (sep == 0 || c == sep)
              && Chars.isDigit(Chars.at(text, pos + 1));
      if (!joins) {
        break;
      }
      if (digits.length() > maxDigits || count > maxDigits) {
        return null;
      }
      sep = c;
      pos++;
    }
    if (digits.length() > maxDigits) {
      return null;
    }
    return new DigitGroups(
        start, pos, digits.toString(), java.util.Arrays.copyOf(groups, count), sep);
  }

  /** True when a digit, letter, or a digit-joining dot/comma/hyphen touches the run's start. */
  static boolean gluedBefore(String text, int start) {
    char prev = Chars.at(text, start - 1);
    if (Chars.isWordChar(prev)) {
      return true;
    }
    return (prev == '.' || prev == ',' || prev == '-' || prev == '/')
        && Chars.isDigit(Chars.at(text, start - 2));
  }

  /** True when a letter or digit, or a separator followed by a digit, touches the run's end. */
  static boolean gluedAfter(String text, int end) {
    char next = Chars.at(text, end);
    if (Chars.isWordChar(next)) {
      return true;
    }
    return (next == '.' || next == ',' || next == '-' || next == '/')
        && Chars.isDigit(Chars.at(text, end + 1));
  }

  /**
   * End of the run of digits joined by single {@code separators} chars that starts at {@code i}.
   */
  static int skipRun(String text, int i, String separators) {
    int pos = i;
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (Chars.isDigit(c)) {
        pos++;
      } else if (separators.indexOf(c) >= 0 && Chars.isDigit(Chars.at(text, pos + 1)) && pos > i) {
        pos++;
      } else {
        break;
      }
    }
    return Math.max(pos, i + 1);
  }
}
