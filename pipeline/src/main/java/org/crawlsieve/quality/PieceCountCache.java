package org.crawlsieve.quality;

/**
 * Token counts of recently seen pre-tokenizer pieces, looked up by a range of the text without
 * building a string. Two-way set-associative: a hash maps to a pair of adjacent slots, a new piece
 * takes a free one or replaces the second, so the cache is bounded without ever being emptied at
 * once, and a frequent word that loses its slot takes it back on its next occurrence. Not
 * thread-safe: one per {@link TokenCounter}, which is per partition.
 */
final class PieceCountCache {
  /** Per slot: the piece's hash in the high 32 bits, its count in the low 32 (one memory read). */
  private final long[] hashAndCount;

  private final String[] pieces;
  private final int mask;

  /** {@code capacity} slots, rounded up to a power of two. */
  PieceCountCache(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
    hashAndCount = new long[slots];
    pieces = new String[slots];
    mask = slots - 1;
  }

  /** Hash of {@code text[start, end)}; equality is always checked on the characters. */
  static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    h *= 0x9E3779B9; // spread the polynomial hash's bits before taking the low ones as the slot
    return h ^ (h >>> 15);
  }

  /** The cached count of {@code text[start, end)} with hash {@code h}, or -1. */
  int get(String text, int start, int end, int h) {
    int slot = h & mask;
    int found = lookup(slot, text, start, end, h);
    return found >= 0 ? found : lookup(slot ^ 1, text, start, end, h);
  }

  private int lookup(int slot, String text, int start, int end, int h) {
    long e = hashAndCount[slot];
    if ((int) (e >>> 32) != h) {
      return -1;
    }
    String p = pieces[slot];
    int len = end - start;
    return p != null && p.length() == len && text.regionMatches(start, p, 0, len) ? (int) e : -1;
  }

  /** Caches {@code piece} (absent) with hash {@code h}; replaces another if both slots are used. */
  void put(String piece, int h, int count) {
    int slot = h & mask;
    if (pieces[slot] != null) {
      slot ^= 1;
    }
    hashAndCount[slot] = ((long) h << 32) | count;
    pieces[slot] = piece;
  }
}
