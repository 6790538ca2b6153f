package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Hello, World!|hello world",
        "  leading and   trailing  |leading and trailing",
        "Café Crème brûlée|cafe creme brulee",
        "ＦＵＬＬ　ｗｉｄｔｈ|full width",
        "Posted 2024-05-17 at 10:32|posted 0000 00 00 at 00 00",
        "line one\\nline\\ttwo\\r\\nthree|line one line two three",
        "don't stop|don t stop",
        "soft\u00adhyphen and zero\u200bwidth|softhyphen and zerowidth",
        "ÄÖÜ straße|aou straße",
        "Ελληνικά ΚΕΊΜΕΝΟ|ελληνικα κειμενο",
        "日本語のテキスト。次|日本語のテキスト 次",
        "!!! ??? ...|\"\"",
        "\"\"|\"\"",
      })
  void normalisesToLowerCaseWordsSeparatedBySingleSpaces(String in, String expected) {
    String text = in.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r");
    assertEquals(expected, TextNormalizer.normalize(text));
  }

  @org.junit.jupiter.api.Test
  void nullIsTheEmptyText() {
    assertEquals("", TextNormalizer.normalize(null));
  }
}
