package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShinglerTest {
  private final Shingler five = new Shingler(5, 1L);

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {
        "\"\", 0",
        "one, 1",
        "one two three four, 1",
        "one two three four five, 1",
        "one two three four five six, 2",
        "a b c d e f g h i j, 6",
      })
  void oneShinglePerWindowAndOneForShortTexts(String text, int expected) {
    assertEquals(expected, five.shingles(text).length);
  }

  @Test
  void shinglesDependOnWordOrder() {
    long[] ab = five.shingles("a b c d e");
    long[] ba = five.shingles("b a c d e");
    assertNotEquals(ab[0], ba[0]);
  }

  @Test
  void sameWindowGivesSameHashWherever() {
    long[] s = five.shingles("x a b c d e y a b c d e");
    assertEquals(s[1], s[7]);
    assertEquals(7, five.distinctShingles("x a b c d e y a b c d e").length);
  }

  @Test
  void wordBoundariesMatter() {
    assertNotEquals(five.shingles("ab c")[0], five.shingles("a bc")[0]);
  }

  @Test
  void distinctShinglesAreSortedWithoutRepeats() {
    long[] d = five.distinctShingles("a b c d e a b c d e a b c d e");
    assertEquals(5, d.length);
    for (int i = 1; i < d.length; i++) {
      assertEquals(true, d[i - 1] < d[i]);
    }
  }

  @Test
  void seedChangesHashes() {
    assertNotEquals(
        new Shingler(5, 1L).shingles("a b c d e")[0], new Shingler(5, 2L).shingles("a b c d e")[0]);
    assertArrayEquals(
        new Shingler(5, 1L).shingles("a b c d e f"), new Shingler(5, 1L).shingles("a b c d e f"));
  }
}
