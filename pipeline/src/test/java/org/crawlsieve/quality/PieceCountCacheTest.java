package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PieceCountCacheTest {
  // "Aa" and "BB" have the same polynomial hash, so these pieces collide in every slot
  private static final String A = "AaAaAaAaAa";
  private static final String B = "BBBBBBBBBB";

  @Test
  void aPieceWithTheSameHashAndLengthIsNotAHit() {
    char[] text = ("x" + A + B).toCharArray();
    int a = PieceCountCache.hash(text, 1, 11);
    int b = PieceCountCache.hash(text, 11, 21);
    assertEquals(a, b);
    PieceCountCache cache = new PieceCountCache(64);
    cache.put(A.toCharArray(), a, 7);
    assertEquals(7, cache.get(text, 1, 11, a));
    assertEquals(-1, cache.get(text, 11, 21, b));
    cache.put(B.toCharArray(), b, 9);
    assertEquals(7, cache.get(text, 1, 11, a));
    assertEquals(9, cache.get(text, 11, 21, b));
  }

  @Test
  void aPieceThatIsAPrefixOfACachedOneIsNotAHit() {
    char[] text = A.toCharArray();
    PieceCountCache cache = new PieceCountCache(64);
    cache.put(text, PieceCountCache.hash(text, 0, 10), 3);
    // same first chars, shorter: only a forced equal hash reaches the comparison
    assertEquals(-1, cache.get(text, 0, 9, PieceCountCache.hash(text, 0, 10)));
  }

  @Test
  void countsOfCollidingPiecesStayExact() {
    TokenCounter cached = new TokenCounter("cl100k_base", 64);
    String text = " " + A + " " + B + " " + A + " " + B + " Ωμέγα Ωμέγα";
    int first = cached.count(text);
    assertEquals(first, cached.count(text));
    assertEquals(
        com.knuddels.jtokkit.Encodings.newLazyEncodingRegistry()
            .getEncoding(com.knuddels.jtokkit.api.EncodingType.CL100K_BASE)
            .countTokensOrdinary(text),
        first);
  }
}
