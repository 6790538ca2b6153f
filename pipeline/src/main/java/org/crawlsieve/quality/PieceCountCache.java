package org.crawlsieve.quality;

/**
 * Token counts of recently seen pre-tokenizer pieces, looked up by a range of the text without
 * building a string. Direct-mapped: each hash has one slot and a new piece replaces whatever held
 * it, so the cache is bounded without ever being emptied at once, and a frequent word that loses
 * its slot takes it back on its next occurrence. Not thread-safe: one per {@link TokenCounter},
 * which is per partition.
 */
final class PieceCountCache {
  private final int[] hashes;
  private final String[] pieces;
  private final int[] counts;
  private final int mask;

  /** {@code capacity} slots, rounded up to a power of two. */
  PieceCountCache(int capacity) {
    int slots = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
    hashes = new int[slots];
    pieces = new String[slots];
    counts = new int[slots];
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
    String p = pieces[slot];
    int len = end - start;
    if (p != null && hashes[slot] == h && p.length() == len && text.regionMatches(start, p, 0, len)) {
      return counts[slot];
    }
    return -1;
  }

  /** Caches {@code piece} with hash {@code h}, replacing the slot's previous piece. */
  void put(String piece, int h, int count) {
    int slot = h & mask;
    hashes[slot] = h;
    pieces[slot] = piece;
    counts[slot] = count;
  }
}
