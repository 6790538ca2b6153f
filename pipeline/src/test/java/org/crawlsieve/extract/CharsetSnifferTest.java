package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The charset order: HTTP header, byte-order mark, meta declaration, detection. */
class CharsetSnifferTest {
  private static final String JA = "日本語のテキストです。今日は天気がいいですね。東京の桜が咲きました。";
  private static final String DE =
      "Größere Straßen führen über die Brücke, sagt der Bürgermeister.";

  private static byte[] page(String meta, String text, String charset) {
    return ("<html><head>"
            + meta
            + "</head><body><p>"
            + text
            + " "
            + text
            + " "
            + text
            + "</p></body></html>")
        .getBytes(Charset.forName(charset));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // case | http charset | meta | bytes written as | expected charset | expected source
        "HTTP header wins over meta | Shift_JIS | <meta charset=utf-8> | Shift_JIS | Shift_JIS"
            + " | HTTP",
        "meta charset | | <meta charset=\"EUC-JP\"> | EUC-JP | EUC-JP | META",
        "http-equiv | | <meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>"
            + " | Shift_JIS | Shift_JIS | META",
        "latin1 label means windows-1252 | iso-8859-1 | | windows-1252 | windows-1252 | HTTP",
        "unknown HTTP label falls through to meta | x-no-such | <meta charset=utf-8> | UTF-8 |"
            + " UTF-8 | META",
        "no declaration, valid UTF-8 | | | UTF-8 | UTF-8 | DETECTED",
        "no declaration, EUC-JP bytes | | | EUC-JP | EUC-JP | DETECTED",
        "no declaration, Shift_JIS bytes | | | Shift_JIS | Shift_JIS | DETECTED",
      })
  void charsetOrder(
      String name, String http, String meta, String written, String expected, String source) {
    String text =
        expected.equals("windows-1252") || written.equals("UTF-8") && meta == null ? DE : JA;
    byte[] bytes = page(meta == null ? "" : meta, text, written);
    CharsetSniffer.Decision d = CharsetSniffer.sniff(bytes, http);
    assertEquals(Charset.forName(expected), d.charset(), name);
    assertEquals(CharsetSniffer.Source.valueOf(source), d.source(), name);
    assertTrue(CharsetSniffer.decode(bytes, http).contains(text), name);
  }

  @Test
  void detectedLatinTextIsNotUtf8() {
    byte[] bytes = page("", DE, "windows-1252");
    CharsetSniffer.Decision d = CharsetSniffer.sniff(bytes, null);
    assertEquals(CharsetSniffer.Source.DETECTED, d.source());
    assertTrue(CharsetSniffer.decode(bytes, null).contains(DE));
  }

  @Test
  void byteOrderMarkIsUsedAndDropped() {
    byte[] body = page("", JA, "UTF-16LE");
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    CharsetSniffer.Decision d = CharsetSniffer.sniff(bytes, null);
    assertEquals(StandardCharsets.UTF_16LE, d.charset());
    assertEquals(CharsetSniffer.Source.BOM, d.source());
    assertTrue(CharsetSniffer.decode(bytes, null).startsWith("<html>"));
  }

  @Test
  void utf8BomIsDroppedEvenWhenHttpSaysUtf8() {
    byte[] body = page("", DE, "UTF-8");
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertTrue(CharsetSniffer.decode(bytes, "UTF-8").startsWith("<html>"));
  }

  @Test
  void metaInsideCommentIsIgnored() {
    byte[] bytes = page("<!-- <meta charset=koi8-r> --><meta charset=utf-8>", DE, "UTF-8");
    assertEquals(StandardCharsets.UTF_8, CharsetSniffer.sniff(bytes, null).charset());
  }

  @Test
  void extractorDecodesWithTheSniffedCharset() {
    byte[] bytes = page("<meta charset=Shift_JIS>", JA, "Shift_JIS");
    String text = new HtmlExtractor().extract(bytes, null, "https://example.jp/").text();
    assertTrue(text.contains(JA), text);
  }
}
