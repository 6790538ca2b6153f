package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Utf8ReaderTest {
  /** Every scalar value (no surrogates) as UTF-8, with ASCII runs of 1 to 70 bytes between some. */
  private static final byte[] ALL_CODE_POINTS = allCodePoints();

  private static byte[] allCodePoints() {
    StringBuilder sb = new StringBuilder();
    for (int cp = 0; cp <= 0x10FFFF; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      sb.appendCodePoint(cp);
      if (cp % 997 == 0) {
        sb.append("<p class=\"x\">".repeat(6), 0, 1 + cp % 70); // ASCII runs of 1..70
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads everything through reads of {@code chunk} chars at {@code offset} into the buffer. */
  private static String readAll(byte[] bytes, int from, int chunk) {
    Utf8Reader r = new Utf8Reader(bytes, from, bytes.length);
    char[] buf = new char[chunk + 3];
    StringBuilder out = new StringBuilder();
    int n;
    while ((n = r.read(buf, 3, chunk)) > 0) {
      out.append(buf, 3, n);
    }
    return out.toString();
  }

  static Stream<Arguments> alignmentsAndChunks() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (int prefix = 0; prefix <= 8; prefix++) {
      for (int chunk : new int[] {1, 7, 2048}) {
        b.add(Arguments.of(prefix, chunk));
      }
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("alignmentsAndChunks")
  void everyCodePointDecodesAsTheJdkDoesAtEveryAlignment(int prefix, int chunk) {
    byte[] bytes = new byte[prefix + ALL_CODE_POINTS.length];
    for (int i = 0; i < prefix; i++) {
      bytes[i] = 'a';
    }
    System.arraycopy(ALL_CODE_POINTS, 0, bytes, prefix, ALL_CODE_POINTS.length);
    String expected = new String(bytes, StandardCharsets.UTF_8);
    assertEquals(expected, readAll(bytes, 0, chunk));
    // starting inside the byte array (a skipped BOM) shifts the alignment too
    assertEquals(expected.substring(prefix), readAll(bytes, prefix, chunk));
  }

  @ParameterizedTest
  @CsvSource({
    // the first and last code point of each length, and both sides of the surrogate gap
    "7F, 1",
    "C2 80, 1",
    "DF BF, 1",
    "E0 A0 80, 1",
    "ED 9F BF, 1",
    "EE 80 80, 1",
    "EF BF BF, 1",
    "F0 90 80 80, 2",
    "F4 8F BF BF, 2",
  })
  void wellFormedEdgesDecode(String hex, int chars) {
    byte[] seq = HexFormat.ofDelimiter(" ").parseHex(hex);
    for (int run : new int[] {0, 5, 64, 71}) {
      byte[] bytes = withAsciiAround(seq, run);
      String expected = new String(bytes, StandardCharsets.UTF_8);
      assertEquals(2 * run + chars, expected.length());
      assertEquals(expected, readAll(bytes, 0, 2048));
      assertEquals(expected, readAll(bytes, 0, 1));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "80", // a continuation byte where a character starts
    "BF",
    "C0 80", // overlong 2-byte forms
    "C1 BF",
    "C2", // cut by the end
    "C2 41", // no continuation
    "E0 80 80", // overlong 3-byte forms
    "E0 9F BF",
    "ED A0 80", // surrogates
    "ED BF BF",
    "E2 82", // cut
    "E2 28 A1",
    "E2 82 28",
    "F0 80 80 80", // overlong 4-byte forms
    "F0 8F BF BF",
    "F4 90 80 80", // beyond U+10FFFF
    "F5 80 80 80",
    "F0 9F 98", // cut
    "F0 9F 98 41",
    "F8 88 80 80 80", // 5- and 6-byte forms
    "FC 84 80 80 80 80",
    "FE",
    "FF",
  })
  void malformedInputIsRefusedAndTheStreamPathTakesThePage(String hex) {
    byte[] seq = HexFormat.ofDelimiter(" ").parseHex(hex);
    for (int run : new int[] {0, 5, 64, 71}) {
      byte[] bytes = withAsciiAround(seq, run);
      assertThrows(Utf8Reader.Malformed.class, () -> readAll(bytes, 0, 2048));
      // at the end of the input too (a cut sequence there is what a truncated record looks like)
      byte[] atEnd = withAsciiBefore(seq, run);
      assertThrows(Utf8Reader.Malformed.class, () -> readAll(atEnd, 0, 2048));
      byte[] page = page(seq);
      CharsetSniffer.Decision cs = CharsetSniffer.sniff(page, "utf-8");
      assertNull(HtmlExtractor.parseUtf8(page, cs, ""));
      assertEquals(
          new HtmlExtractor().extract(HtmlExtractor.parseStream(page, cs, "")),
          new HtmlExtractor().extract(page, "utf-8", ""));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "EF BB BF, true", // a second UTF-8 BOM after the one the sniffer skipped: Jsoup drops it
    "FE FF, true", // a UTF-16 BOM behind a UTF-8 header: Jsoup decodes UTF-16
    "FF FE, true",
    "00 00 FE FF, true", // UTF-32
    "3C 70 3E, false", // "<p>": no BOM, the fast path
  })
  void aByteOrderMarkThatJsoupWouldActOnLeavesThePageToJsoup(String hex, boolean toJsoup) {
    byte[] lead = HexFormat.ofDelimiter(" ").parseHex(hex);
    byte[] body = page(new byte[0]);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    b.writeBytes(lead);
    b.writeBytes(body);
    byte[] page = b.toByteArray();
    CharsetSniffer.Decision cs = CharsetSniffer.sniff(page, "utf-8");
    assertEquals(3, cs.skip());
    Document fast = HtmlExtractor.parseUtf8(page, cs, "");
    assertEquals(toJsoup, fast == null);
    Document oracle = HtmlExtractor.parseStream(page, cs, "");
    if (fast != null) {
      assertEquals(oracle.html(), fast.html());
    }
    assertEquals(
        new HtmlExtractor().extract(oracle), new HtmlExtractor().extract(page, "utf-8", ""));
  }

  @Test
  void otherCharsetsKeepTheStreamPath() {
    byte[] page = page("é".getBytes(StandardCharsets.ISO_8859_1));
    assertNull(HtmlExtractor.parseUtf8(page, CharsetSniffer.sniff(page, "windows-1252"), ""));
    byte[] utf8 = page("é".getBytes(StandardCharsets.UTF_8));
    Document fast = HtmlExtractor.parseUtf8(utf8, CharsetSniffer.sniff(utf8, "utf-8"), "");
    assertNotNull(fast);
    assertEquals(StandardCharsets.UTF_8, fast.outputSettings().charset());
    assertTrue(fast.text().contains("café"));
  }

  @Test
  void aSupplementaryCharacterSplitOverTwoReadsKeepsBothHalves() {
    byte[] bytes = "a😀b".getBytes(StandardCharsets.UTF_8);
    Utf8Reader r = new Utf8Reader(bytes, 0, bytes.length);
    char[] buf = new char[2];
    assertEquals(2, r.read(buf, 0, 2));
    assertEquals("a" + "😀".charAt(0), new String(buf));
    assertEquals(1, r.read(buf, 0, 1));
    assertEquals("😀".charAt(1), buf[0]);
    assertEquals(1, r.read(buf, 0, 2));
    assertEquals('b', buf[0]);
    assertEquals(-1, r.read(buf, 0, 2));
  }

  @Test
  void anInterruptedThreadSeesTheEndOfInputAsWithJsoupsStream() {
    byte[] bytes = "<p>text</p>".getBytes(StandardCharsets.UTF_8);
    Utf8Reader r = new Utf8Reader(bytes, 0, bytes.length);
    char[] buf = new char[64];
    Thread.currentThread().interrupt();
    try {
      assertEquals(-1, r.read(buf, 0, buf.length));
    } finally {
      assertTrue(Thread.interrupted()); // clears the flag for the next test
    }
    assertEquals(bytes.length, r.read(buf, 0, buf.length));
  }

  private static byte[] withAsciiAround(byte[] seq, int run) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("x".repeat(run).getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(seq);
    b.writeBytes("y".repeat(run).getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }

  private static byte[] withAsciiBefore(byte[] seq, int run) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("x".repeat(run).getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(seq);
    return b.toByteArray();
  }

  /** A small article page with {@code inside} in the middle of its prose. */
  private static byte[] page(byte[] inside) {
    String prose =
        "This paragraph is long enough to count as prose for the extractor, with a comma, and a"
            + " full stop at the end of it, so the main text comes from here.";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(
        ("<html><head><title>T</title></head><body><article><p>" + prose + " caf")
            .getBytes(StandardCharsets.US_ASCII));
    b.writeBytes(inside);
    b.writeBytes(
        (" " + prose + "</p><p>" + prose + "</p></article></body></html>")
            .getBytes(StandardCharsets.US_ASCII));
    return b.toByteArray();
  }
}
