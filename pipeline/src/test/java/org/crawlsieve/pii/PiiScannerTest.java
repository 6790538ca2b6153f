package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiScannerTest {
  private final PiiScanner scanner = PiiDetectors.scanner(PiiConfig.defaults());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the phone matcher also sees these digits; the more specific, longer span wins
        "card 4111 1111 1111 1111 now | CARD:4111 1111 1111 1111",
        "SSN: 536-22-1234. | ID:536-22-1234",
        "IBAN GB82WEST12345698765432 ok | IBAN:GB82WEST12345698765432",
        "mail 5551234567@example.com now | EMAIL:5551234567@example.com",
        "from 81.2.69.142 today | IP:81.2.69.142",
        "call +1 415 555 2671 today | PHONE:+1 415 555 2671",
      })
  void overlappingDetectorsResolveToOneSpan(String text, String expected) {
    assertEquals(List.of(expected), Found.by(scanner, text));
  }

  @Test
  void resolvePrefersLongestThenEarliestThenDetectorOrder() {
    List<PiiSpan> spans =
        new ArrayList<>(
            List.of(
                new PiiSpan(PiiType.PHONE, 0, 5, "a"), // shorter, overlaps the longest
                new PiiSpan(PiiType.CARD, 3, 12, "b"), // longest
                new PiiSpan(PiiType.IP, 12, 16, "c"), // same bounds as next, listed later
                new PiiSpan(PiiType.ID, 12, 16, "d"),
                new PiiSpan(PiiType.EMAIL, 14, 18, "e"), // same length, starts later: loses
                new PiiSpan(PiiType.SECRET, 20, 22, "f")));
    int[] priority = {6, 3, 5, 4, 1, 0};
    assertEquals(
        List.of("b", "d", "f"),
        PiiScanner.resolve(spans, priority).stream().map(PiiSpan::detector).toList());
  }

  @Test
  void scrubReplacesEverySpanAndCountsByType() {
    String text = "Mail a@example.com or b@example.org, call +1 415 555 2671.";
    PiiScanner.Scrubbed s = scanner.scrub(text, PiiConfig.defaults().replacementTokens());
    assertEquals("Mail <EMAIL> or <EMAIL>, call <PHONE>.", s.text());
    assertEquals(Map.of("EMAIL", 2, "PHONE", 1), s.countsByName());
    assertEquals(3, s.hits());
  }

  @Test
  void offsetsAreCharIndicesOfTheOriginalTextWithNonAscii() {
    String text = "Grüße 😀 von Zoë: zoe@beispiel.de — 📞 +49 30 901820";
    List<PiiSpan> spans = scanner.scan(text);
    assertEquals(2, spans.size());
    assertEquals("zoe@beispiel.de", text.substring(spans.get(0).start(), spans.get(0).end()));
    assertEquals("+49 30 901820", text.substring(spans.get(1).start(), spans.get(1).end()));
    PiiScanner.Scrubbed s = scanner.scrub(text, PiiConfig.defaults().replacementTokens());
    assertEquals("Grüße 😀 von Zoë: <EMAIL> — 📞 <PHONE>", s.text());
  }

  @Test
  void emptyAndPiiFreeTextsAreUnchanged() {
    for (String text :
        List.of("", "Nothing to see here: 42 apples, version 1.2.3.4, 2019-05-12.")) {
      PiiScanner.Scrubbed s = scanner.scrub(text, PiiConfig.defaults().replacementTokens());
      assertEquals(text, s.text());
      assertEquals(0, s.hits());
    }
  }
}
