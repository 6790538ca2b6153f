package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnDetectorTest {
  private final UsSsnDetector detector = new UsSsnDetector();

  @ParameterizedTest
  @CsvSource({
    "001-01-0001, true",
    "000-12-3456, false",
    "665-12-3456, true",
    "666-12-3456, false",
    "667-12-3456, true",
    "899-12-3456, true",
    "900-12-3456, false",
    "999-99-9999, false",
    "536-01-1234, true",
    "536-00-1234, false",
    "536-22-0001, true",
    "536-22-0000, false",
    "078-05-1120, false",
    "219-09-9999, false",
    "123-45-6789, false",
    "536 22 1234, true",
  })
  void issuanceRules(String ssn, boolean reported) {
    String text = "Here's my SSN: " + ssn + ".";
    assertEquals(reported ? List.of(ssn) : List.of(), Found.by(detector, text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "no separators 536221234",
        "mixed 536-22 1234",
        "longer 1536-22-1234",
        "longer 536-22-12345",
        "continued 536-22-1234-5",
        "phone 555-123-4567",
        "date 2019-05-12",
        "glued A536-22-1234",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, text));
  }
}
