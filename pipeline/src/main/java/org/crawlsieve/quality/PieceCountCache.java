package org.crawlsieve.quality;

/**
 * Token counts of recently seen pre-tokenizer pieces, looked up by a range of the text without
 * building a string. Two-way set-associative: a hash maps to a pair of adjacent slots, a new piece
 * takes a free one or replaces the second, so the cache is bounded without ever being emptied at
 * once, and a frequent word that loses its slot takes it back on its next occurrence.
 *
 * <p>Thread-safe without locks, so one cache can serve every task of an executor (a partition's
 * first pages then find the words earlier partitions saw): a slot holds an immutable {@link Entry}
 * whose fields are final, so a thread that reads a slot another thread is writing sees either the
 * old entry or the new one, each complete (JLS 17.5). A lost race costs a miss or an overwritten
 * entry, never a wrong count, because a hit always compares the characters.
 */
final class PieceCountCache {
  /** One cached piece; immutable, hence safe to publish through a plain array slot. */
  private record Entry(int hash, String piece, int count) {}

  private final Entry[] slots;
  private final int mask;

  /** {@code capacity} slots, rounded up to a power of two. */
  PieceCountCache(int capacity) {
    int n = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
    slots = new Entry[n];
    mask = n - 1;
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
    int found = lookup(slots[slot], text, start, end, h);
    return found >= 0 ? found : lookup(slots[slot ^ 1], text, start, end, h);
  }

  private static int lookup(Entry e, String text, int start, int end, int h) {
    if (e == null || e.hash != h) {
      return -1;
    }
    String p = e.piece;
    int len = end - start;
    return p.length() == len && text.regionMatches(start, p, 0, len) ? e.count : -1;
  }

  /** Caches {@code piece} (absent) with hash {@code h}; replaces another if both slots are used. */
  void put(String piece, int h, int count) {
    int slot = h & mask;
    if (slots[slot] != null) {
      slot ^= 1;
    }
    slots[slot] = new Entry(h, piece, count);
  }
}
