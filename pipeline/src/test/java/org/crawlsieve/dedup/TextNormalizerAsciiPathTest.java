package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TextNormalizer} decides ASCII characters without Unicode property look-ups; the normalised
 * text, and so every dedup hash, must be what the general path gives (the loop before the fast
 * path, kept in test scope as {@link LegacyDedupSigner}).
 */
class TextNormalizerAsciiPathTest {

  /** The loop before the fast path: {@link LegacyDedupSigner}'s, the dedup oracle's. */
  private static String reference(String text) {
    return LegacyDedupSigner.normalize(text);
  }

  /** Every code point alone and between ASCII and non-ASCII neighbours. */
  @Test
  void everyCodePointAsTheGeneralPath() {
    StringBuilder all = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) == Character.UNASSIGNED && cp > 0x3000) {
        continue; // unassigned: nothing to normalise, and half the range
      }
      String s = new String(Character.toChars(cp));
      String where = "U+" + Integer.toHexString(cp);
      if (cp < 0x800) {
        for (String t : new String[] {s, "a" + s + "B", "É" + s + "9", " " + s + "ж "}) {
          assertEquals(reference(t), TextNormalizer.normalize(t), where);
        }
      }
      all.append(s).append(cp % 7 == 0 ? " " : "");
    }
    // the rest in one long text (one comparison instead of a million)
    String text = all.toString();
    assertEquals(reference(text), TextNormalizer.normalize(text));
  }

  @Test
  void randomMixturesAsTheGeneralPath() {
    Random rnd = new Random(3);
    String alphabet =
        "aZ09 \t\n.,-_'\"~\u00e9\u00c9\u0301\u00df\u0130\u212a\uff21\u00bd\u2460\u200d\u00ad\u0416\u65e5";
    for (int k = 0; k < 5000; k++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String t = b.toString();
      assertEquals(reference(t), TextNormalizer.normalize(t), t);
    }
  }
}
