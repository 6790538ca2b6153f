package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneDetectorTest {
  private static final List<String> REGIONS = List.of("US", "GB", "DE", "FR");
  private final PhoneDetector detector = new PhoneDetector(REGIONS, Leniency.POSSIBLE, 7);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Call 905-674-3793. Thanks | 905-674-3793",
        "mobile +1-984-182-0190 | +1-984-182-0190",
        "fax +46 (0)8 928 571 38 | +46 (0)8 928 571 38",
        "Desk: +41 (0)96 471 07 95 | +41 (0)96 471 07 95",
        "(579)888-3058 fax | (579)888-3058",
        "Fax: 345-899-3560x4587 | 345-899-3560x4587",
        "Mobile: 03.93.92.16.85 | 03.93.92.16.85",
        "Phone: 0490 75 40 81 | 0490 75 40 81",
        "London +44 20 7946 0958 | +44 20 7946 0958",
        "Berlin +49 30 901820 | +49 30 901820",
        "Paris +33 1 42 68 53 00 | +33 1 42 68 53 00",
        "Tokyo +81 3-1234-5678 | +81 3-1234-5678",
        "Mumbai +91 98765 43210 | +91 98765 43210",
        "Tel.: 030 1234567 | 030 1234567",
        "ring 555 1234 now | 555 1234",
        "en el 600 360 7777 las 24 horas | 600 360 7777",
        "Call +1.555.555.5555 now | +1.555.555.5555",
        "Call 1-800-555-0199 ext. 123 now | 1-800-555-0199 ext. 123",
        "ring 0044 20 7946 0958 now | 0044 20 7946 0958",
        "Moscow +7 495 123-45-67 | +7 495 123-45-67",
        "São Paulo +55 11 91234-5678 | +55 11 91234-5678",
        "Telefon: 02382/59465 | 02382/59465",
        "Tel.: +49 (0) 541 98256-778 | +49 (0) 541 98256-778",
        "Ünïcödé 📞 +1 415 555 2671 | +1 415 555 2671",
      })
  void findsNumbers(String text, String expected) {
    assertEquals(List.of(expected), Found.by(detector, text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "on 2019-05-12 we met",
        "dated 12.05.2019 and",
        "posted 11/03/2006 - 12:51pm. The",
        "City Dogs (2015-2018), and",
        "version 1.2.3.4567 released",
        "from 192.168.100.200 today",
        "ISBN 978-3-16-148410-0",
        "see 978-3-16-148410-0 there",
        "price $1,234,567.89 total",
        "at 48.8566, 2.3522 and -33.8688197, 151.2092955",
        "pi is 3.14159265 roughly",
        "Order #12345678 shipped",
        "order number 5551234567 shipped",
        "lives at 5521 119 Countess Close",
        "sent to 19607 107 Igias Street",
        "Apt. 675 62314 Mellemvej 32",
        "card 4111 1111 1111 1111 ok",
        "a code 123456 here",
        "serial AB5551234567 here",
        "line one 555\n1234 line two",
        "Klasse 2 (IEC/EN 62053-23)",
        "lebte (1721-1782) in Wien",
        "geöffnet 13.30 - 17.30 Uhr",
        "von 10.2003 - 02.2004 dort",
        "am 27. 2. 2015 war",
        "Kalender 242526272829 Mai",
        "Einwohner 3.190.000 im Jahr",
        "see https://pubmed.ncbi.nlm.nih.gov/30349741 now",
        "page?id=5551234567 now",
        "UID CHE-116.133.529",
        "Steuernummer 27/026/35703",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, text));
  }

  @ParameterizedTest
  @CsvSource({"7, 1", "8, 0"})
  void minDigitsIsABound(int minDigits, int matches) {
    PhoneDetector d = new PhoneDetector(REGIONS, Leniency.POSSIBLE, minDigits);
    assertEquals(matches, Found.by(d, "ring 555 1234 now").size());
  }

  @ParameterizedTest
  @CsvSource({"POSSIBLE, 1", "VALID, 0"})
  void leniencyDecidesOnUnassignedNumbers(Leniency leniency, int matches) {
    // 182 is not a valid US exchange (it starts with 1), but the length is possible
    PhoneDetector d = new PhoneDetector(REGIONS, leniency, 7);
    assertEquals(matches, Found.by(d, "mobile +1-984-182-0190").size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"US | 0", "US,DE | 1"})
  void defaultRegionsDecideNationalNumbers(String regions, int matches) {
    // a Berlin number without country code: nine digits are possible in DE, not in the US
    PhoneDetector d = new PhoneDetector(List.of(regions.split(",")), Leniency.POSSIBLE, 7);
    assertEquals(matches, Found.by(d, "Telefon: 030 901820").size());
  }
}
