package org.crawlsieve.quality;

import java.util.Arrays;

/**
 * Repetition measures of the Gopher rules, as datatrove computes them, over lines, paragraphs and
 * word n-grams. N-grams are numbered exactly ({@link NgramIds}), so no n-gram string is ever built
 * and no hash collision can make two different n-grams equal.
 */
final class Repetition {
  private Repetition() {}

  /** {@code lengths[i]} summed over {@code [0, i)}: character sums of any window in O(1). */
  static long[] prefixLengths(Words words) {
    long[] prefix = new long[words.count() + 1];
    for (int i = 0; i < words.count(); i++) {
      prefix[i + 1] = prefix[i] + words.length(i);
    }
    return prefix;
  }

  /**
   * Characters of the most frequent word n-gram times its count, the n-gram written with {@code
   * separator} characters between words (1 for a space; 0 for languages written without spaces,
   * whose text has none); 0 when no n-gram occurs twice. On a tie in count, the n-gram seen first
   * wins (as Python's {@code Counter.most_common}). datatrove counts an n-gram seen once too, which
   * blames short texts without any repetition on this rule; here they reach the word-count rule.
   * {@code grams} is at the level of n.
   */
  static long topNgramChars(NgramIds grams, long[] prefix, int separator) {
    int n = grams.level();
    int[] ids = grams.ids();
    int[] counts = grams.counts();
    int bestCount = 0;
    long bestChars = 0;
    for (int i = 0, end = grams.grams(); i < end; i++) {
      int c = counts[ids[i]];
      if (c > bestCount) {
        bestCount = c;
        bestChars = prefix[i + n] - prefix[i] + (long) (n - 1) * separator;
      }
    }
    return bestCount < 2 ? 0 : bestChars * bestCount;
  }

  /**
   * Characters (words concatenated, no spaces) of n-grams that repeat an earlier n-gram, scanning
   * left to right and jumping past each repeat, so overlapping repeats are not counted twice (an
   * n-gram jumped over is not remembered as seen, as datatrove). {@code grams} is at the level of
   * n; {@code seen} has room for its distinct ids and is cleared here.
   */
  static long duplicatedNgramChars(NgramIds grams, long[] prefix, boolean[] seen) {
    int n = grams.level();
    int end = grams.grams();
    if (grams.distinct() == end) {
      return 0; // every n-gram occurs once
    }
    int[] ids = grams.ids();
    Arrays.fill(seen, 0, grams.distinct(), false);
    long chars = 0;
    int i = 0;
    while (i < end) {
      int id = ids[i];
      if (!seen[id]) {
        seen[id] = true;
        i++;
      } else {
        chars += prefix[i + n] - prefix[i];
        i += n;
      }
    }
    return chars;
  }
}
