package org.crawlsieve.quality;

import java.util.Arrays;

/**
 * Numbers the distinct words of a document in order of first appearance (equal tokens, equal ids),
 * in an open-addressing table reused from document to document. Tokens are character ranges of the
 * text ({@link Words}), hashed and compared where they lie, so no {@code String} is made or hashed
 * per token. One slot is four adjacent ints (hash, start, length, id + 1; 0 = empty), so a look-up
 * touches one cache line of the table and then the earlier occurrence's characters. The ids, and so
 * every n-gram key built from them, are those of the {@code HashMap<String, Integer>} this replaced
 * ({@code WordIdsTest}). Not thread-safe; one per step.
 */
final class WordIds {
  private static final int STRIDE = 4;

  private int[] table = new int[1024 * STRIDE];

  /** The id of every token of {@code words}, ids counted from 0 in order of first appearance. */
  int[] of(Words words) {
    int n = words.count();
    int mask = reset(n) - 1;
    int[] table = this.table;
    char[] chars = words.chars();
    int[] starts = words.starts();
    int[] ends = words.ends();
    int[] out = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int start = starts[i];
      int length = ends[i] - start;
      int h = 0;
      for (int j = start, end = start + length; j < end; j++) {
        h = 31 * h + chars[j];
      }
      int slot = spread(h) & mask;
      while (true) {
        int at = slot * STRIDE;
        int id = table[at + 3];
        if (id == 0) {
          table[at] = h;
          table[at + 1] = start;
          table[at + 2] = length;
          table[at + 3] = ++next;
          out[i] = next - 1;
          break;
        }
        if (table[at] == h
            && table[at + 2] == length
            && same(chars, table[at + 1], start, length)) {
          out[i] = id - 1;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return out;
  }

  /** Whether {@code chars[a, a + length)} equals {@code chars[b, b + length)}. */
  private static boolean same(char[] chars, int a, int b, int length) {
    for (int k = 0; k < length; k++) {
      if (chars[a + k] != chars[b + k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Empties the table with room for {@code tokens} distinct words at most half full (so it never
   * grows while numbering); shrinks after an unusually long document. Returns the slot count.
   */
  private int reset(int tokens) {
    int capacity = Integer.highestOneBit(Math.max(16, tokens * 2 - 1)) << 1;
    int slots = table.length / STRIDE;
    if (capacity > slots || capacity < slots / 8) {
      table = new int[capacity * STRIDE];
      return capacity;
    }
    Arrays.fill(table, 0);
    return slots;
  }

  /** String hash codes of short words differ mostly in their low bits' neighbours: mix them. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
