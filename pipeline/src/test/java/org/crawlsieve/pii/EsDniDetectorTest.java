package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EsDniDetectorTest {
  private final EsDniDetector detector = new EsDniDetector();

  @ParameterizedTest
  @CsvSource({
    "12345678Z, true",
    "12345678Y, false",
    "12345678-Z, true",
    "12345678 Z, true",
    "00000000T, true",
    "00000001R, true",
    "00000001T, false",
    "X1234567L, true",
    "X1234567K, false",
    "Y1234567X, true",
    "Z1234567R, true",
    "12345678z, false",
  })
  void checksumLetter(String id, boolean reported) {
    String text = "DNI: " + id + ".";
    assertEquals(reported ? List.of(id) : List.of(), Found.by(detector, text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "part 112345678Z",
        "ref A12345678Z",
        "code 12345678ZA",
        "short 1234567Z",
        "nie W1234567L",
        "word XX1234567L",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, text));
  }
}
