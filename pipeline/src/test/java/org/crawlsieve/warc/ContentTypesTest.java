package org.crawlsieve.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "text/html; charset=UTF-8 | text/html | UTF-8",
        "TEXT/HTML;charset=\"iso-8859-1\" | text/html | iso-8859-1",
        "text/html;charset=utf-8; | text/html | utf-8",
        "text/plain | text/plain | NULL",
        "' ' | NULL | NULL",
        "text/html; charset= | text/html | NULL",
        "application/pdf; name=x.pdf | application/pdf | NULL",
      })
  void parses(String header, String type, String charset) {
    assertEquals(type, ContentTypes.mediaType(header));
    assertEquals(charset, ContentTypes.charset(header));
  }
}
