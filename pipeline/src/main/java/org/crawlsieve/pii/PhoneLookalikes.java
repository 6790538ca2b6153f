package org.crawlsieve.pii;

import java.util.Set;

/**
 * Number shapes and contexts that libphonenumber's lenient matcher accepts but that are not phone
 * numbers: dates, decimals and coordinates, dotted quads, ISBNs, and numbers introduced as
 * something else (order, invoice, ISBN, licence, zip…) or followed by a street name (the house
 * number and postcode of an address).
 */
final class PhoneLookalikes {
  private PhoneLookalikes() {}

  /** Words that, among the three before a number, say it is not a phone number. */
  private static final Set<String> NOT_PHONE_WORDS =
      words(
          "order invoice isbn issn sku ref reference tracking serial ticket account acct "
              + "license licence passport zip postcode postal plz iban card ssn version build item "
              + "article part model patent receipt transaction apt suite unit lat lon latitude "
              + "longitude price total population cas doi pmid pubmed tax vat steuernummer ust uid "
              + "nit rif webcode isin ean gtin upc asin vol volume issue pp pages iec din iso");

  /** Words that, among the three before a number, say it is one (they win over the above). */
  private static final Set<String> PHONE_WORDS =
      words(
          "phone tel telephone call fax mobile cell mob whatsapp contact ring text sms hotline "
              + "telefon téléphone tél telefono teléfono handy at on to");

  /**
   * Street words: a number followed by one of these within three words is part of an address ("5521
   * 119 Countess Close"). Matched as whole words or as the end of a compound ("Skoanveien",
   * "Hauptstraße").
   */
  private static final Set<String> STREET_WORDS =
      words(
          "street st avenue ave av road rd drive dr lane ln close court ct place pl square sq "
              + "way boulevard blvd str terrace crescent highway hwy parkway pkwy alley circle cir "
              + "rue avenida calle via viale piazza corso rua platz allee gasse strada ulica plein "
              + "laan kade gracht");

  /** Address unit words: after a number they mark it as a house number or postcode. */
  private static final Set<String> UNIT_WORDS = words("apt suite unit floor box");

  private static final String[] STREET_SUFFIXES = {
    "straße", "strasse", "str", "weg", "gasse", "vej", "veien", "vegen", "gatan", "gata", "gade",
    "straat", "stien", "väg", "vägen", "tie", "katu", "utca", "street"
  };

  /** True when text[start, end) (a matcher candidate) has the shape of something else. */
  static boolean badShape(String text, int start, int end) {
    int digits = 0;
    int dots = 0;
    int others = 0;
    int groups = 0;
    int groupLen = 0;
    int longest = 0;
    boolean inDigits = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true; // a phone number never spans lines
      }
      if (Chars.isDigit(c)) {
        digits++;
        if (!inDigits) {
          groups++;
          groupLen = 0;
        }
        groupLen++;
        longest = Math.max(longest, groupLen);
        inDigits = true;
      } else {
        inDigits = false;
        if (c == '.') {
          dots++;
        } else if (c != ' ') {
          others++;
        }
      }
    }
    if (dots == 1 && others == 0 && groups == 2) {
      return true; // a decimal: 3.14159265, 48.8566
    }
    if (dots == 3 && groups == 4 && others == 0 && longest <= 3) {
      return true; // a dotted quad: an IP address or version number
    }
    return isDate(text, start, end) || isIsbn13(text, start, end, digits);
  }

  /**
   * True when a digit cluster (before any matcher runs) holds something other than one phone
   * number: a date or a time anywhere in it ({@code 11/03/2006 - 12:51pm}), a range of years
   * ({@code 2015-2018}), or any of the {@link #badShape} shapes.
   */
  static boolean badCluster(String text, int start, int end) {
    char prev = Chars.at(text, start - 1);
    if (GLUE_BEFORE.indexOf(prev) >= 0
        || (prev == '-' && Chars.isWordChar(Chars.at(text, start - 2)))) {
      return true; // a URL path or query value, an anchor, an id like CHE-116.133.529
    }
    if (isThousands(text, start, end)
        || isCountingRun(text, start, end)
        || isRange(text, start, end)) {
      return true;
    }
    if (Chars.at(text, end) == ':' && Chars.isDigit(Chars.at(text, end + 1))) {
      return true; // the last group is an hour
    }
    if (Chars.at(text, start - 1) == ':' && Chars.isDigit(Chars.at(text, start - 2))) {
      return true;
    }
    int[] groupStart = new int[end - start];
    int[] groupEnd = new int[end - start];
    int groups = 0;
    for (int k = start; k < end; ) {
      if (Chars.isDigit(text.charAt(k))) {
        groupStart[groups] = k;
        while (k < end && Chars.isDigit(text.charAt(k))) {
          k++;
        }
        groupEnd[groups++] = k;
      } else {
        k++;
      }
    }
    for (int g = 0; g + 2 < groups; g++) {
      if (isDate(text, groupStart[g], groupEnd[g + 2])) {
        return true;
      }
    }
    if (groups == 2
        && isYear(text, groupStart[0], groupEnd[0])
        && isYear(text, groupStart[1], groupEnd[1])) {
      return true;
    }
    return badShape(text, start, end);
  }

  /** Chars that glue a number to what precedes it as part of a URL, an anchor or an id. */
  private static final String GLUE_BEFORE = "/=#&?_@\\";

  /** {@code 3.190.000}: groups joined by dots, the first of 1-3 digits, all others of 3. */
  static boolean isThousands(String text, int start, int end) {
    int groups = 0;
    int len = 0;
    for (int k = start; k <= end; k++) {
      char c = k < end ? text.charAt(k) : '.';
      if (Chars.isDigit(c)) {
        len++;
      } else if (c == '.') {
        if (len < 1 || len > 3 || (groups > 0 && len != 3)) {
          return false;
        }
        groups++;
        len = 0;
      } else {
        return false;
      }
    }
    return groups >= 3;
  }

  /**
   * {@code 242526272829}, {@code 3456789}: consecutive integers written without spaces, as calendar
   * widgets end up in extracted text. At least four of them.
   */
  static boolean isCountingRun(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!Chars.isDigit(text.charAt(k))) {
        return false;
      }
    }
    String digits = text.substring(start, end);
    for (int firstLen = 1; firstLen <= 2 && firstLen < digits.length(); firstLen++) {
      int n = Integer.parseInt(digits.substring(0, firstLen));
      int pos = firstLen;
      int count = 1;
      while (pos < digits.length()) {
        String next = Integer.toString(n + 1);
        if (!digits.startsWith(next, pos)) {
          break;
        }
        pos += next.length();
        n++;
        count++;
      }
      if (pos == digits.length() && count >= 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * A range whose ends are times, dates or months: {@code 13.30 - 17.30}, {@code 10.2003 -
   * 02.2004}, {@code 12.05.2019-14.05.2019}.
   */
  static boolean isRange(String text, int start, int end) {
    int parts = 0;
    int partStart = start;
    for (int k = start; k <= end; k++) {
      if (k == end || text.charAt(k) == '-') {
        int s = partStart;
        int e = k;
        while (s < e && text.charAt(s) == ' ') {
          s++;
        }
        while (e > s && text.charAt(e - 1) == ' ') {
          e--;
        }
        if (!(isTime(text, s, e) || isMonthYear(text, s, e) || isDate(text, s, e))) {
          return false;
        }
        parts++;
        partStart = k + 1;
      }
    }
    return parts >= 2;
  }

  /** {@code 9.30}, {@code 13:45}: hour 0-24, minutes 00-59. */
  private static boolean isTime(String text, int start, int end) {
    int len = end - start;
    if (len < 4 || len > 5) {
      return false;
    }
    int sep = end - 3;
    char c = text.charAt(sep);
    if ((c != '.' && c != ':') || !allDigits(text, start, sep) || !allDigits(text, sep + 1, end)) {
      return false;
    }
    int h = Integer.parseInt(text.substring(start, sep));
    int m = Integer.parseInt(text.substring(sep + 1, end));
    return h <= 24 && m <= 59;
  }

  /** {@code 02.2004}, {@code 2/2004}. */
  private static boolean isMonthYear(String text, int start, int end) {
    int sep = end - 5;
    if (sep <= start || sep - start > 2) {
      return false;
    }
    char c = text.charAt(sep);
    if ((c != '.' && c != '/') || !allDigits(text, start, sep)) {
      return false;
    }
    return month(Integer.parseInt(text.substring(start, sep))) && isYear(text, sep + 1, end);
  }

  private static boolean allDigits(String text, int start, int end) {
    if (start >= end) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!Chars.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isYear(String text, int start, int end) {
    if (end - start != 4 || !allDigits(text, start, end)) {
      return false;
    }
    int y = Integer.parseInt(text.substring(start, end));
    return y >= 1000 && y <= 2199;
  }

  /** The set of the space-separated words in {@code list}. */
  private static Set<String> words(String list) {
    return Set.of(list.split(" "));
  }

  /** dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy, yyyy-mm-dd and yyyy.mm.dd (and two-digit years). */
  static boolean isDate(String text, int start, int end) {
    int[] parts = new int[4];
    int[] lens = new int[4];
    int count = 0;
    char sep = 0;
    int k = start;
    while (k < end) {
      int v = 0;
      int len = 0;
      while (k < end && Chars.isDigit(text.charAt(k))) {
        v = v * 10 + (text.charAt(k) - '0');
        len++;
        k++;
      }
      if (len == 0 || count == 3) {
        return false;
      }
      parts[count] = v;
      lens[count++] = len;
      if (k < end) {
        char c = text.charAt(k);
        if ((c != '.' && c != '/' && c != '-') || (sep != 0 && c != sep)) {
          return false;
        }
        sep = c;
        k++;
        if (c == '.' && k < end && text.charAt(k) == ' ') {
          k++; // "27. 2. 2015"
        }
      }
    }
    if (count != 3) {
      return false;
    }
    if (lens[0] == 4) {
      return lens[1] <= 2 && lens[2] <= 2 && month(parts[1]) && day(parts[2]);
    }
    boolean year = lens[2] == 4 || lens[2] == 2;
    return year
        && lens[0] <= 2
        && lens[1] <= 2
        && ((day(parts[0]) && month(parts[1])) || (month(parts[0]) && day(parts[1])));
  }

  private static boolean month(int v) {
    return v >= 1 && v <= 12;
  }

  private static boolean day(int v) {
    return v >= 1 && v <= 31;
  }

  /** 978/979 prefixed 13 digits with a valid ISBN-13 check digit. */
  private static boolean isIsbn13(String text, int start, int end, int digitCount) {
    if (digitCount != 13) {
      return false;
    }
    int sum = 0;
    int idx = 0;
    int prefix = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Chars.isDigit(c)) {
        int d = c - '0';
        if (idx < 3) {
          prefix = prefix * 10 + d;
        }
        sum += (idx % 2 == 0) ? d : 3 * d;
        idx++;
      }
    }
    return (prefix == 978 || prefix == 979) && sum % 10 == 0;
  }

  /** True when the words around text[start, end) say it is not a phone number. */
  static boolean badContext(String text, int start, int end) {
    for (String w : Chars.wordsBefore(text, start, 3, 40)) {
      if (PHONE_WORDS.contains(w)) {
        break;
      }
      if (NOT_PHONE_WORDS.contains(w)) {
        return true;
      }
    }
    for (String w : Chars.wordsAfter(text, end, 3, 40)) {
      if (isStreetWord(w) || UNIT_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStreetWord(String w) {
    if (STREET_WORDS.contains(w)) {
      return true;
    }
    for (String suffix : STREET_SUFFIXES) {
      if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
