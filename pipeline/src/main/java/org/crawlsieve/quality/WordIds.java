package org.crawlsieve.quality;

import java.util.Arrays;

/**
 * Numbers the distinct words of a document in order of first appearance (equal tokens, equal ids),
 * in an open-addressing table reused from document to document. A {@code HashMap<String, Integer>}
 * did the same with a node and often a boxed id per distinct word and rehashing as it grew: a fifth
 * of the Gopher repetition step. The ids, and so every n-gram key built from them, are the same.
 * Not thread-safe; one per step.
 */
final class WordIds {
  private String[] words = new String[1024];
  private int[] hashes = new int[1024];
  private int[] ids = new int[1024];

  /** The id of every token of {@code words}, ids counted from 0 in order of first appearance. */
  int[] of(Words words) {
    int n = words.count();
    reset(n);
    int[] out = new int[n];
    int next = 0;
    int mask = this.words.length - 1;
    for (int i = 0; i < n; i++) {
      String w = words.token(i);
      int h = w.hashCode();
      int slot = spread(h) & mask;
      while (true) {
        String k = this.words[slot];
        if (k == null) {
          this.words[slot] = w;
          hashes[slot] = h;
          ids[slot] = next;
          out[i] = next++;
          break;
        }
        if (hashes[slot] == h && k.equals(w)) {
          out[i] = ids[slot];
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return out;
  }

  /**
   * Empties the table with room for {@code tokens} distinct words at most half full (so it never
   * grows while numbering); shrinks after an unusually long document.
   */
  private void reset(int tokens) {
    int capacity = Integer.highestOneBit(Math.max(16, tokens * 2 - 1)) << 1;
    if (capacity > words.length || capacity < words.length / 8) {
      words = new String[capacity];
      hashes = new int[capacity];
      ids = new int[capacity];
    } else {
      Arrays.fill(words, null);
    }
  }

  /** String hash codes of short words differ mostly in their low bits' neighbours: mix them. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
