package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both tables of long pieces: the inline one (up to 28 chars) and the entry one (29 to 32). */
class PieceCountCacheTest {
  /** "Aa" and "BB" have the same polynomial hash, so these pieces collide in every slot. */
  private static String a(int pairs) {
    return "Aa".repeat(pairs);
  }

  private static String b(int pairs) {
    return "BB".repeat(pairs);
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 13, 14, 15, 16})
  void aPieceWithTheSameHashAndLengthIsNotAHit(int pairs) {
    int len = 2 * pairs;
    char[] text = ("x" + a(pairs) + b(pairs)).toCharArray();
    int ha = PieceCountCache.hash(text, 1, 1 + len);
    int hb = PieceCountCache.hash(text, 1 + len, 1 + 2 * len);
    assertEquals(ha, hb);
    PieceCountCache cache = new PieceCountCache(64);
    assertEquals(-1, cache.get(text, 1, 1 + len, ha));
    cache.put(text, 1, 1 + len, ha, 7);
    assertEquals(7, cache.get(text, 1, 1 + len, ha));
    assertEquals(-1, cache.get(text, 1 + len, 1 + 2 * len, hb));
    cache.put(text, 1 + len, 1 + 2 * len, hb, 9);
    assertEquals(7, cache.get(text, 1, 1 + len, ha));
    assertEquals(9, cache.get(text, 1 + len, 1 + 2 * len, hb));
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 9, 27, 28, 29, 32})
  void aPieceOneCharShorterOrDifferentInItsLastCharIsNotAHit(int len) {
    char[] text = ("é".repeat(len) + "ü").toCharArray();
    int h = PieceCountCache.hash(text, 0, len);
    PieceCountCache cache = new PieceCountCache(64);
    cache.put(text, 0, len, h, 3);
    assertEquals(3, cache.get(text, 0, len, h));
    // a forced equal hash so that only the length or the chars can tell them apart
    assertEquals(-1, cache.get(text, 0, len - 1, h));
    assertEquals(-1, cache.get(text, 1, len + 1, h));
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 14, 15})
  void countsOfCollidingPiecesStayExact(int pairs) {
    TokenCounter cached = new TokenCounter("cl100k_base", 64);
    String text =
        " " + a(pairs) + " " + b(pairs) + " " + a(pairs) + " " + b(pairs) + " Ωμέγα Ωμέγα";
    int first = cached.count(text);
    assertEquals(first, cached.count(text));
    assertEquals(
        Encodings.newLazyEncodingRegistry()
            .getEncoding(EncodingType.CL100K_BASE)
            .countTokensOrdinary(text),
        first);
  }

  @Test
  void fourInlinePiecesOfOneSetAllStayAndAFifthTurnsOverOneSlot() {
    PieceCountCache cache = new PieceCountCache(4); // a single set: every piece maps into it
    String[] pieces = {" elephants", " crocodile", " hippopotamus", " rhinoceros", " giraffes"};
    for (int i = 0; i < 4; i++) {
      char[] p = pieces[i].toCharArray();
      cache.put(p, 0, p.length, PieceCountCache.hash(p, 0, p.length), 1 + i);
    }
    for (int i = 0; i < 4; i++) {
      char[] p = pieces[i].toCharArray();
      assertEquals(1 + i, cache.get(p, 0, p.length, PieceCountCache.hash(p, 0, p.length)));
    }
    char[] fifth = pieces[4].toCharArray();
    int h = PieceCountCache.hash(fifth, 0, fifth.length);
    cache.put(fifth, 0, fifth.length, h, 5);
    assertEquals(5, cache.get(fifth, 0, fifth.length, h));
    int kept = 0;
    for (int i = 0; i < 4; i++) {
      char[] p = pieces[i].toCharArray();
      int count = cache.get(p, 0, p.length, PieceCountCache.hash(p, 0, p.length));
      if (count >= 0) {
        assertEquals(1 + i, count, pieces[i]);
        kept++;
      }
    }
    assertEquals(3, kept);
  }
}
