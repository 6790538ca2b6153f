package org.crawlsieve.pii;

import java.util.List;

/**
 * Spanish national identity numbers: DNI ({@code 12345678Z}) and foreigners' NIE ({@code
 * X1234567L}), optionally with a hyphen or space before the letter. The letter is a checksum (the
 * number mod 23 indexes {@code TRWAGMYFPDXBNJZSQVHLCKE}; a NIE's X/Y/Z count as 0/1/2), so only one
 * in 23 random digit-letter strings of this shape passes. Upper-case letters only.
 */
public final class EsDniDetector implements PiiDetector {
  public static final String NAME = "es_dni";
  private static final String LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.ID;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.sevenDigits();
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      boolean nie = c == 'X' || c == 'Y' || c == 'Z';
      if (!(Chars.isDigit(c) || nie) || Chars.isWordChar(Chars.at(text, i - 1))) {
        i++;
        continue;
      }
      int end = match(text, i, nie);
      if (end > 0) {
        out.add(new PiiSpan(PiiType.ID, i, end, NAME));
        i = end;
      } else {
        i++;
        while (i < n && Chars.isDigit(text.charAt(i))) {
          i++; // no start inside a digit run
        }
      }
    }
  }

  /** The end of a DNI/NIE at {@code start}, or -1. */
  private static int match(String text, int start, boolean nie) {
    int pos = nie ? start + 1 : start;
    long number = nie ? "XYZ".indexOf(text.charAt(start)) : 0;
    int digits = nie ? 7 : 8;
    for (int k = 0; k < digits; k++) {
      char c = Chars.at(text, pos + k);
      if (!Chars.isDigit(c)) {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    pos += digits;
    char sep = Chars.at(text, pos);
    if (sep == '-' || sep == ' ') {
      pos++;
    }
    char letter = Chars.at(text, pos);
    if (letter != LETTERS.charAt((int) (number % 23))) {
      return -1;
    }
    pos++;
    return Chars.isWordChar(Chars.at(text, pos)) ? -1 : pos;
  }
}
