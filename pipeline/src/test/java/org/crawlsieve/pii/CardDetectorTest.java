package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CardDetectorTest {
  private final CardDetector detector = new CardDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "4111111111111111",
        "4000000000006",
        "4000000000000000006",
        "378282246310005",
        "3782 822463 10005",
        "5555555555554444",
        "2223000000000007",
        "2720000000000005",
        "6011111111111117",
        "3530111333300000",
        "3500000000000009",
        "30569309025904",
        "30950000000000",
        "6200000000000005",
        "6304000000000000",
        "6759000000000000",
        "501800000009",
        "180000000000002",
        "213100000000001",
      })
  void findsCardNumbers(String number) {
    assertEquals(List.of(number), Found.by(detector, "card " + number + " expires"));
  }

  @ParameterizedTest
  @CsvSource({
    // Mastercard's 2-series ends at 2720; 2221 starts it
    "2720000000000005, 1",
    "2721000000000004, 0",
    "2220000000000000, 0",
    // Visa issues 13, 16 and 19 digits, not 14
    "4000000000006, 1",
    "40000000000002, 0",
    // Maestro 5018 but not 5019
    "501800000009, 1",
    "501900000008, 0",
    // Maestro 6390 but not 6391
    "6390000000000005, 1",
    "6391000000000004, 0",
    // a prefix no network uses
    "9111000000000007, 0",
  })
  void issuerRangesAndLengths(String number, int matches) {
    assertEquals(matches, Found.by(detector, "card " + number).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "card 4111111111111112 (Luhn fails)",
        "card 4111 1111-1111 1111 mixed separators",
        "card 411 11111 1111 1111 bad grouping",
        "card 4111 1111 1111 1111 1111 1111 too long",
        "ref x4111111111111111 glued",
        "ref 4111111111111111-2 continued",
        "ref 1.4111111111111111 decimal",
        "zeros 0000000000000000",
        "ISBN 9783161484100",
        "short 41111111111",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, text));
  }

  @ParameterizedTest
  @CsvSource({"4111111111111111, true", "4111111111111112, false", "79927398713, true"})
  void luhn(String digits, boolean valid) {
    assertEquals(valid, CardIssuers.luhn(digits));
  }
}
