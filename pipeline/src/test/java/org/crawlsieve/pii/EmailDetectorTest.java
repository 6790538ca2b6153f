package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailDetectorTest {
  private final EmailDetector detector = new EmailDetector(true);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Write to jane.doe@example.com today | jane.doe@example.com",
        "mail: j_smith+tag@mail.example.co.uk. | j_smith+tag@mail.example.co.uk",
        "<a href=mailto:bob@example.net>Bob</a> | bob@example.net",
        "(alice@sub-domain.example.org) | alice@sub-domain.example.org",
        "info@xn--mnchen-3ya.de | info@xn--mnchen-3ya.de",
        "UPPER.Case@Example.COM | UPPER.Case@Example.COM",
        "name [at] example [dot] com | name [at] example [dot] com",
        "name(at)example.org | name(at)example.org",
        "john {at} uni-bonn {dot} de | john {at} uni-bonn {dot} de",
        "jane [at] example dot com | jane [at] example dot com",
        "x [ at ] example.com | x [ at ] example.com",
        "jim<at>example.com | jim<at>example.com",
        "max[@]example.de | max[@]example.de",
        "Zoë schreibt an zoe@beispiel.de. | zoe@beispiel.de",
        "Kontakt: blog@teufel.deHier geht es weiter | blog@teufel.de",
      })
  void findsAddresses(String text, String expected) {
    assertEquals(List.of(expected), Found.by(detector, text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "retina image logo@2x.png and icon@3x.jpg",
        "follow @jane on social media",
        "root@localhost is not routable",
        "npm i left-pad@1.3.0",
        "look at example dot com",
        "a@b",
        "me@example.c",
        "x@-bad.com",
        "x@bad-.com",
        "5 @ 3.50 each",
        "name (at) example",
        "name at example.com",
        ".@example.com",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, text));
  }

  @ParameterizedTest
  @CsvSource({"64, 1", "65, 0"})
  void localPartIsAtMost64Chars(int length, int matches) {
    String text = "a".repeat(length) + "@example.com";
    assertEquals(matches, Found.by(detector, text).size());
  }

  @ParameterizedTest
  @CsvSource({"24, 1", "25, 0"})
  void tldIsAtMost24Letters(int length, int matches) {
    String text = "me@example." + "a".repeat(length);
    assertEquals(matches, Found.by(detector, text).size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"name [at] example [dot] com", "name(at)example.org"})
  void obfuscationsOnlyWhenEnabled(String text) {
    assertEquals(List.of(), Found.by(new EmailDetector(false), text));
    assertEquals(List.of(text), Found.by(new EmailDetector(true), text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"a@x.com, b@y.org | 2", "a@x.com b@y.org c@z.net | 3", "a@b.c@d.ef | 1"})
  void findsEachOfSeveral(String text, int count) {
    assertEquals(count, Found.by(detector, text).size());
  }
}
