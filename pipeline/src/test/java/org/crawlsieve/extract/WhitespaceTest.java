package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.crawlsieve.testing.SharedPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WhitespaceTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "'   '|''",
        "'a'|'a'",
        "'  a  b  '|'a b'",
        "'a\\n\\n\\nb'|'a\\nb'",
        "'a \\n b'|'a\\nb'",
        "'\\t a\\u00A0\\u00A0b \\r\\n'|'a b'",
        "'\\u2003x\\u3000y\\u2028'|'x y'",
        "'é  ü\\n  \\n 中文  字'|'é ü\\n中文 字'",
        "'\\uD83D\\uDE00  \\uD83D\\uDE01\\n'|'\\uD83D\\uDE00 \\uD83D\\uDE01'",
        "'\\n\\n a'|'a'",
        "'a\\f\\u000Bb'|'a b'",
      })
  void tidyLinesCollapsesTrimsAndDropsEmptyLines(String raw, String expected) {
    String in = unescape(raw);
    assertEquals(unescape(expected), Whitespace.tidyLines(in));
    assertEquals(unescape(expected), Whitespace.tidyLines(new StringBuilder(in)));
    assertEquals(WhitespaceOracle.tidyLines(in), Whitespace.tidyLines(in));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|'  a\\n b  '|'a b '",
        "'x'|'  a'|'x a'",
        "'x '|'  a'|'x a'",
        "'x\\n'|' \\t a'|'x\\na'",
        "'x'|'y'|'xy'",
        "'é'|'\\u00A0中'|'é 中'",
      })
  void appendCollapsedJoinsRunsOfWhitespaceIntoOneSpace(String before, String text, String want) {
    StringBuilder out = new StringBuilder(unescape(before));
    Whitespace.appendCollapsed(out, unescape(text), new char[1]);
    assertEquals(unescape(want), out.toString());
  }

  @Test
  void theScratchBufferIsReusedWhenLargeEnoughAndGrownOtherwise() {
    char[] scratch = new char[8];
    StringBuilder out = new StringBuilder();
    assertSame(scratch, Whitespace.appendCollapsed(out, "short", scratch));
    char[] grown = Whitespace.appendCollapsed(out, " a much longer text node", scratch);
    assertTrue(grown.length >= 24);
    assertEquals("short a much longer text node", out.toString());
  }

  /** Random texts over the characters the rules treat differently, against the old code. */
  @Test
  void matchesTheCharByCharImplementationOnRandomTexts() {
    char[] alphabet = {
      'a', 'Z', ' ', ' ', '\n', '\n', '\t', '\r', '\f', '\u000B', '\u00A0', '\u2003', '\u3000',
      '\u2028', 'é', 'ÿ', 'Ā', '中', '\uD83D', '\uDE00', '|', ':'
    };
    Random random = new Random(6);
    char[] scratch = new char[4];
    for (int round = 0; round < 20_000; round++) {
      StringBuilder expected = new StringBuilder();
      StringBuilder actual = new StringBuilder();
      int pieces = 1 + random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        char[] chars = new char[random.nextInt(40)];
        for (int i = 0; i < chars.length; i++) {
          chars[i] = alphabet[random.nextInt(alphabet.length)];
        }
        String text = new String(chars);
        WhitespaceOracle.appendCollapsed(expected, text);
        scratch = Whitespace.appendCollapsed(actual, text, scratch);
        assertEquals(expected.toString(), actual.toString());
      }
      assertEquals(WhitespaceOracle.tidyLines(expected), Whitespace.tidyLines(actual));
    }
  }

  /** Every text node of every shared page, appended and tidied as the extractor does. */
  @Test
  void matchesTheCharByCharImplementationOnTheSharedPages() throws IOException {
    Path dir =
        Path.of(System.getProperty("crawlsieve.repo", "."))
            .resolve("../shared/data/extraction/trafilatura-eval/html");
    Assumptions.assumeTrue(Files.isDirectory(dir), "shared pages not present");
    int pages = 0;
    for (Path file : SharedPages.files(dir)) {
      Document doc = Jsoup.parse(new String(SharedPages.html(file), "UTF-8"));
      StringBuilder expected = new StringBuilder();
      StringBuilder actual = new StringBuilder();
      char[][] scratch = {new char[16]};
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof TextNode t) {
              WhitespaceOracle.appendCollapsed(expected, t.getWholeText());
              scratch[0] = Whitespace.appendCollapsed(actual, t.getWholeText(), scratch[0]);
              if (t.siblingIndex() % 3 == 0) {
                expected.append('\n');
                actual.append('\n');
              }
            }
          },
          doc);
      assertEquals(expected.toString(), actual.toString(), file.toString());
      assertEquals(WhitespaceOracle.tidyLines(expected), Whitespace.tidyLines(actual));
      pages++;
    }
    assertTrue(pages >= 900, "pages compared: " + pages);
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'f' -> out.append('\f');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
