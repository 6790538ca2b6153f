package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-{@code long} keys of {@link PieceCountCache}'s short table, and its round trip. */
class ShortPieceKeyTest {
  @ParameterizedTest
  @ValueSource(strings = {"a", " the", "Hello!!", "\u0000", "\u00FF\u00E9", "1234567"})
  void shortLatin1PiecesGetAKeyAndRoundTrip(String piece) {
    long key = PieceCountCache.shortKey(("<" + piece + ">").toCharArray(), 1, 1 + piece.length());
    assertNotEquals(0, key);
    PieceCountCache cache = new PieceCountCache(16);
    assertEquals(-1, cache.getShort(key));
    cache.putShort(key, piece.length() + 3);
    assertEquals(piece.length() + 3, cache.getShort(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345678", " because", "\u0100", "ab\u3042", "\uD83D\uDE00"})
  void longOrWidePiecesHaveNoKey(String piece) {
    assertEquals(0, PieceCountCache.shortKey(piece.toCharArray(), 0, piece.length()));
  }

  @Test
  void keysTellLengthsAndCharactersApart() {
    long a = PieceCountCache.shortKey("a\u0000".toCharArray(), 0, 1);
    long aNul = PieceCountCache.shortKey("a\u0000".toCharArray(), 0, 2);
    long b = PieceCountCache.shortKey("b".toCharArray(), 0, 1);
    assertNotEquals(a, aNul);
    assertNotEquals(a, b);
    PieceCountCache cache = new PieceCountCache(16);
    cache.putShort(a, 1);
    assertEquals(-1, cache.getShort(aNul));
    assertEquals(-1, cache.getShort(b));
  }

  @Test
  void aFullTableReplacesEntriesAndNeverAnswersWrong() {
    PieceCountCache cache = new PieceCountCache(4); // one set of four slots for 26 pieces
    String letters = "abcdefghijklmnopqrstuvwxyz";
    for (int i = 0; i < letters.length(); i++) {
      cache.putShort(PieceCountCache.shortKey(letters.toCharArray(), i, i + 1), 1 + i % 9);
    }
    int found = 0;
    for (int i = 0; i < letters.length(); i++) {
      int count = cache.getShort(PieceCountCache.shortKey(letters.toCharArray(), i, i + 1));
      if (count >= 0) {
        assertEquals(1 + i % 9, count, letters.substring(i, i + 1));
        found++;
      }
    }
    assertEquals(true, found >= 1 && found <= 4, "found " + found);
    int z = letters.length() - 1; // the last piece put is always there
    assertEquals(
        1 + z % 9, cache.getShort(PieceCountCache.shortKey(letters.toCharArray(), z, z + 1)));
  }

  @Test
  void fourPiecesOfOneSetAllStayAndAFifthTurnsOverOneSlot() {
    PieceCountCache cache = new PieceCountCache(4); // a single set: every piece maps into it
    char[] text = "abcde".toCharArray();
    for (int i = 0; i < 4; i++) {
      cache.putShort(PieceCountCache.shortKey(text, i, i + 1), 1 + i);
    }
    for (int i = 0; i < 4; i++) {
      assertEquals(1 + i, cache.getShort(PieceCountCache.shortKey(text, i, i + 1)), "" + text[i]);
    }
    cache.putShort(PieceCountCache.shortKey(text, 4, 5), 5);
    assertEquals(5, cache.getShort(PieceCountCache.shortKey(text, 4, 5)));
    int kept = 0;
    for (int i = 0; i < 4; i++) {
      int count = cache.getShort(PieceCountCache.shortKey(text, i, i + 1));
      if (count >= 0) {
        assertEquals(1 + i, count);
        kept++;
      }
    }
    assertEquals(3, kept);
  }
}
