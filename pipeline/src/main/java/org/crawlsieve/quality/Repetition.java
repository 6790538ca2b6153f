package org.crawlsieve.quality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Repetition measures of the Gopher rules, as datatrove computes them, over lines, paragraphs and
 * word n-grams. N-grams are keyed by a 64-bit hash of their word ids (two independent multipliers),
 * so no n-gram string is ever built; a false match needs a 64-bit collision.
 */
final class Repetition {
  private Repetition() {}

  /** Elements equal to an earlier element, and the characters in them. */
  record Duplicates(int elements, long chars) {}

  static Duplicates duplicates(List<String> items) {
    Set<String> seen = new HashSet<>();
    int elements = 0;
    long chars = 0;
    for (String s : items) {
      if (!seen.add(s)) {
        elements++;
        chars += s.length();
      }
    }
    return new Duplicates(elements, chars);
  }

  /** {@code lengths[i]} summed over {@code [0, i)}: character sums of any window in O(1). */
  static long[] prefixLengths(Words words) {
    long[] prefix = new long[words.count() + 1];
    for (int i = 0; i < words.count(); i++) {
      prefix[i + 1] = prefix[i] + words.token(i).length();
    }
    return prefix;
  }

  /**
   * Characters of the most frequent word n-gram times its count, the n-gram written with {@code
   * separator} characters between words (1 for a space; 0 for languages written without spaces,
   * whose text has none); 0 when no n-gram occurs twice. On a tie in count, the n-gram seen first
   * wins (as Python's {@code Counter.most_common}). datatrove counts an n-gram seen once too, which
   * blames short texts without any repetition on this rule; here they reach the word-count rule.
   */
  static long topNgramChars(long[] keys, long[] prefix, int n, int separator, LongCounter counts) {
    int grams = keys.length;
    if (grams <= 0) {
      return 0;
    }
    counts.reset(grams);
    for (int i = 0; i < grams; i++) {
      counts.increment(keys[i]);
    }
    int bestCount = 0;
    long bestChars = 0;
    for (int i = 0; i < grams; i++) {
      int c = counts.get(keys[i]);
      if (c > bestCount) {
        bestCount = c;
        bestChars = prefix[i + n] - prefix[i] + (long) (n - 1) * separator;
      }
    }
    return bestCount < 2 ? 0 : bestChars * bestCount;
  }

  /**
   * Characters (words concatenated, no spaces) of n-grams that repeat an earlier n-gram, scanning
   * left to right and jumping past each repeat, so overlapping repeats are not counted twice.
   */
  static long duplicatedNgramChars(long[] keys, long[] prefix, int n, LongCounter seen) {
    int grams = keys.length;
    if (grams <= 0) {
      return 0;
    }
    seen.reset(grams);
    long chars = 0;
    int i = 0;
    while (i < grams) {
      if (seen.increment(keys[i]) == 1) {
        i++;
      } else {
        chars += prefix[i + n] - prefix[i];
        i += n;
      }
    }
    return chars;
  }

  /**
   * Keys of every word n-gram for each n in {@code 1..maxN}: {@code result[n][i]} identifies the
   * n-gram starting at word i. One pass, extending each start's hash word by word.
   */
  static long[][] ngramKeys(int[] ids, int maxN) {
    long[][] keys = new long[maxN + 1][];
    for (int n = 1; n <= maxN; n++) {
      keys[n] = new long[Math.max(0, ids.length - n + 1)];
    }
    for (int i = 0; i < ids.length; i++) {
      long a = 0x9E3779B97F4A7C15L;
      long b = 0xC2B2AE3D27D4EB4FL;
      for (int n = 1; n <= maxN && i + n <= ids.length; n++) {
        int id = ids[i + n - 1];
        a = (a ^ id) * 0xFF51AFD7ED558CCDL;
        b = (b + id + 1) * 0x94D049BB133111EBL;
        keys[n][i] = a ^ Long.rotateLeft(b, 31);
      }
    }
    return keys;
  }
}
