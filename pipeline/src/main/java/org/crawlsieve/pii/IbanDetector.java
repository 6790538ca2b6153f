package org.crawlsieve.pii;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * International bank account numbers: a country code with its registered IBAN length, two check
 * digits, and the ISO 7064 mod-97 check. Written either without spaces ({@code
 * GB82WEST12345698765432}) or in the print form with a single space after every four characters
 * ({@code GB82 WEST 1234 5698 7654 32}); letters in either case.
 */
public final class IbanDetector implements PiiDetector {
  public static final String NAME = "iban";

  /** IBAN length by country, from the SWIFT IBAN registry (release 2024/2025). */
  private static final Map<String, Integer> LENGTHS =
      Map.ofEntries(
          Map.entry("AD", 24),
          Map.entry("AE", 23),
          Map.entry("AL", 28),
          Map.entry("AT", 20),
          Map.entry("AZ", 28),
          Map.entry("BA", 20),
          Map.entry("BE", 16),
          Map.entry("BG", 22),
          Map.entry("BH", 22),
          Map.entry("BI", 27),
          Map.entry("BR", 29),
          Map.entry("BY", 28),
          Map.entry("CH", 21),
          Map.entry("CR", 22),
          Map.entry("CY", 28),
          Map.entry("CZ", 24),
          Map.entry("DE", 22),
          Map.entry("DJ", 27),
          Map.entry("DK", 18),
          Map.entry("DO", 28),
          Map.entry("EE", 20),
          Map.entry("EG", 29),
          Map.entry("ES", 24),
          Map.entry("FI", 18),
          Map.entry("FK", 18),
          Map.entry("FO", 18),
          Map.entry("FR", 27),
          Map.entry("GB", 22),
          Map.entry("GE", 22),
          Map.entry("GI", 23),
          Map.entry("GL", 18),
          Map.entry("GR", 27),
          Map.entry("GT", 28),
          Map.entry("HN", 28),
          Map.entry("HR", 21),
          Map.entry("HU", 28),
          Map.entry("IE", 22),
          Map.entry("IL", 23),
          Map.entry("IQ", 23),
          Map.entry("IS", 26),
          Map.entry("IT", 27),
          Map.entry("JO", 30),
          Map.entry("KW", 30),
          Map.entry("KZ", 20),
          Map.entry("LB", 28),
          Map.entry("LC", 32),
          Map.entry("LI", 21),
          Map.entry("LT", 20),
          Map.entry("LU", 20),
          Map.entry("LV", 21),
          Map.entry("LY", 25),
          Map.entry("MC", 27),
          Map.entry("MD", 24),
          Map.entry("ME", 22),
          Map.entry("MK", 19),
          Map.entry("MN", 20),
          Map.entry("MR", 27),
          Map.entry("MT", 31),
          Map.entry("MU", 30),
          Map.entry("NI", 28),
          Map.entry("NL", 18),
          Map.entry("NO", 15),
          Map.entry("OM", 23),
          Map.entry("PK", 24),
          Map.entry("PL", 28),
          Map.entry("PS", 29),
          Map.entry("PT", 25),
          Map.entry("QA", 29),
          Map.entry("RO", 24),
          Map.entry("RS", 22),
          Map.entry("RU", 33),
          Map.entry("SA", 24),
          Map.entry("SC", 31),
          Map.entry("SD", 18),
          Map.entry("SE", 24),
          Map.entry("SI", 19),
          Map.entry("SK", 24),
          Map.entry("SM", 27),
          Map.entry("SO", 23),
          Map.entry("ST", 25),
          Map.entry("SV", 28),
          Map.entry("TL", 23),
          Map.entry("TN", 24),
          Map.entry("TR", 26),
          Map.entry("UA", 29),
          Map.entry("VA", 22),
          Map.entry("VG", 24),
          Map.entry("XK", 20),
          Map.entry("YE", 30));

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.IBAN;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.lettersThenDigits();
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i + 4 <= n) {
      char c = text.charAt(i);
      if (!Chars.isAsciiLetter(c) || Chars.isWordChar(Chars.at(text, i - 1))) {
        i++;
        continue;
      }
      int end = match(text, i);
      if (end > 0) {
        out.add(new PiiSpan(PiiType.IBAN, i, end, NAME));
        i = end;
      } else {
        i++;
      }
    }
  }

  /** The end of an IBAN starting at {@code start}, or -1. Reads at most 32 chars plus spaces. */
  private static int match(String text, int start) {
    if (!Chars.isAsciiLetter(Chars.at(text, start + 1))
        || !Chars.isDigit(Chars.at(text, start + 2))
        || !Chars.isDigit(Chars.at(text, start + 3))) {
      return -1;
    }
    String country = text.substring(start, start + 2).toUpperCase(Locale.ROOT);
    Integer length = LENGTHS.get(country);
    if (length == null) {
      return -1;
    }
    char[] iban = new char[length];
    int count = 0;
    int pos = start;
    boolean spaced = Chars.at(text, start + 4) == ' ';
    while (count < length) {
      if (spaced && count > 0 && count % 4 == 0) {
        if (Chars.at(text, pos) != ' ') {
          return -1;
        }
        pos++;
      }
      char c = Chars.at(text, pos);
      if (!Chars.isAsciiAlnum(c)) {
        return -1;
      }
      iban[count++] = Character.toUpperCase(c);
      pos++;
    }
    if (Chars.isWordChar(Chars.at(text, pos))) {
      return -1;
    }
    return mod97(iban) == 1 ? pos : -1;
  }

  /** ISO 7064 MOD 97-10 over the rearranged IBAN (first four chars moved to the end). */
  static int mod97(char[] iban) {
    int rem = 0;
    for (int k = 0; k < iban.length; k++) {
      char c = iban[(k + 4) % iban.length];
      if (Chars.isDigit(c)) {
        rem = (rem * 10 + (c - '0')) % 97;
      } else {
        rem = (rem * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return rem;
  }
}
