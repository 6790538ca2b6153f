package org.crawlsieve.quality;

import java.util.Arrays;

/**
 * Test-only, for {@link GopherRepetitionOracle}: counts of 64-bit keys in an open-addressing table,
 * reused from document to document, as the Gopher repetition step counted n-gram hash keys before
 * session 4 (it now numbers n-grams exactly, {@link NgramIds}). Not thread-safe.
 */
final class LongCounter {
  private long[] keys = new long[1024];
  private int[] counts = new int[1024];
  private int size;

  /** Empties the table, sized for about {@code expected} distinct keys. */
  void reset(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    if (capacity > keys.length || capacity < keys.length / 8) {
      keys = new long[capacity];
      counts = new int[capacity];
    } else {
      Arrays.fill(counts, 0);
    }
    size = 0;
  }

  /** Adds one to {@code key}'s count; returns the new count. */
  int increment(long key) {
    int slot = find(key);
    if (counts[slot] == 0) {
      keys[slot] = key;
      size++;
      if (size * 2 > keys.length) {
        grow();
        slot = find(key);
      }
    }
    return ++counts[slot];
  }

  /** The count of {@code key}; 0 when absent. */
  int get(long key) {
    return counts[find(key)];
  }

  private int find(long key) {
    int mask = keys.length - 1;
    int slot = (int) (mix(key) & mask);
    while (counts[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldCounts[i] != 0) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    return k;
  }
}
