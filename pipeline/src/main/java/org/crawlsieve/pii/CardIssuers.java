package org.crawlsieve.pii;

import java.util.List;

/**
 * Issuer identification number ranges of the major card networks and the lengths each issues, as
 * published in ISO/IEC 7812 registries and the networks' own documentation (checked against the
 * Wikipedia "Payment card number" table). A number counts as a card only if one range accepts its
 * prefix and length.
 */
final class CardIssuers {
  private CardIssuers() {}

  /** Prefixes {@code low..high} of {@code digits} leading digits, lengths {@code min..max}. */
  private record Range(String network, int digits, int low, int high, int minLen, int maxLen) {}

  private static final List<Range> RANGES =
      List.of(
          new Range("visa", 1, 4, 4, 13, 13),
          new Range("visa", 1, 4, 4, 16, 16),
          new Range("visa", 1, 4, 4, 19, 19),
          new Range("mastercard", 2, 51, 55, 16, 16),
          new Range("mastercard", 4, 2221, 2720, 16, 16),
          new Range("amex", 2, 34, 34, 15, 15),
          new Range("amex", 2, 37, 37, 15, 15),
          new Range("discover", 4, 6011, 6011, 16, 19),
          new Range("discover", 3, 644, 649, 16, 19),
          new Range("discover", 2, 65, 65, 16, 19),
          new Range("unionpay", 2, 62, 62, 16, 19),
          new Range("diners", 3, 300, 305, 14, 19),
          new Range("diners", 4, 3095, 3095, 14, 19),
          new Range("diners", 2, 36, 36, 14, 19),
          new Range("diners", 2, 38, 39, 16, 19),
          new Range("diners", 2, 38, 38, 14, 14),
          // JCB registers 3528-3589; card generators (Faker, so Presidio's data) use all of 35xx
          new Range("jcb", 2, 35, 35, 16, 19),
          new Range("jcb", 4, 2131, 2131, 15, 15),
          new Range("jcb", 4, 1800, 1800, 15, 15),
          new Range("mir", 4, 2200, 2204, 16, 19),
          new Range("maestro", 4, 5018, 5018, 12, 19),
          new Range("maestro", 4, 5020, 5020, 12, 19),
          new Range("maestro", 4, 5038, 5038, 12, 19),
          new Range("maestro", 4, 5893, 5893, 12, 19),
          new Range("maestro", 2, 56, 58, 12, 19),
          new Range("maestro", 4, 6304, 6304, 12, 19),
          new Range("maestro", 4, 6390, 6390, 12, 19),
          new Range("maestro", 4, 6759, 6759, 12, 19),
          new Range("maestro", 4, 6761, 6763, 12, 19),
          new Range("rupay", 2, 60, 60, 16, 16),
          new Range("rupay", 2, 81, 82, 16, 16),
          new Range("rupay", 3, 508, 508, 16, 16));

  /** The network issuing {@code digits} (ASCII digits only), or null. */
  static String network(CharSequence digits) {
    int len = digits.length();
    for (Range r : RANGES) {
      if (len < r.minLen || len > r.maxLen) {
        continue;
      }
      int prefix = 0;
      for (int k = 0; k < r.digits; k++) {
        prefix = prefix * 10 + (digits.charAt(k) - '0');
      }
      if (prefix >= r.low && prefix <= r.high) {
        return r.network;
      }
    }
    return null;
  }

  /** The Luhn (mod 10) check over ASCII digits. */
  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean dbl = false;
    for (int k = digits.length() - 1; k >= 0; k--) {
      int d = digits.charAt(k) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
