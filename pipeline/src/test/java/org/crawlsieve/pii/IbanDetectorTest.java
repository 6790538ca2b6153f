package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanDetectorTest {
  private final IbanDetector detector = new IbanDetector();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82WEST12345698765432",
        "GB82 WEST 1234 5698 7654 32",
        "DE89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
        "de89370400440532013000",
        "FR1420041010050500013M02606",
        "NO9386011117947",
      })
  void findsIbans(String iban) {
    assertEquals(List.of(iban), Found.by(detector, "My IBAN is " + iban + ", thanks"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB82WEST12345698765433",
        "GB82WEST1234569876543",
        "GB82WEST123456987654321",
        "XX82WEST12345698765432",
        "AGB82WEST12345698765432",
        "GB82WEST12345698765432X",
        "GB82 WEST12 3456 9876 5432",
        "GB82-WEST-1234-5698-7654-32",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, "account " + text + " here"));
  }
}
