package org.crawlsieve.quality;

import java.util.Arrays;

/**
 * Numbers the word n-grams of a document level by level, n = 1, 2, …: equal n-grams get equal ids
 * and different n-grams different ids (exact, no content hash that could collide), with each id's
 * number of occurrences. Level n is built from level n - 1: the n-gram at i is the pair (id of the
 * (n - 1)-gram at i, word at i + n - 1), looked up in an open-addressing table of packed pairs. An
 * n-gram whose (n - 1)-gram prefix occurs once cannot repeat, so it gets a fresh id without a
 * look-up; on real text most positions stop needing look-ups after a few levels. With ids dense,
 * counting needs plain arrays instead of a hash table per n.
 *
 * <p>Buffers are reused from document to document. Not thread-safe; one per step.
 */
final class NgramIds {
  private int[] ids = new int[1024];
  private int[] counts = new int[1024];
  private int[] nextIds = new int[1024];
  private int[] nextCounts = new int[1024];
  private int grams;
  private int distinct;
  private int repeated;
  private int level;
  private final PairTable table = new PairTable();

  /** The ids of every n-gram at level n; valid for indices {@code [0, grams())}. */
  int[] ids() {
    return ids;
  }

  /** Occurrences of each id at the current level; valid for indices {@code [0, distinct())}. */
  int[] counts() {
    return counts;
  }

  /** The current level: n of the n-grams. */
  int level() {
    return level;
  }

  /** Number of n-grams (positions) at the current level. */
  int grams() {
    return grams;
  }

  /** Number of distinct n-grams at the current level. */
  int distinct() {
    return distinct;
  }

  /** Starts at level 1: the words themselves, {@code wordIds} numbered from 0 without gaps. */
  void start(int[] wordIds) {
    int n = wordIds.length;
    ensure(n);
    int max = -1;
    for (int id : wordIds) {
      max = Math.max(max, id);
    }
    distinct = max + 1;
    Arrays.fill(counts, 0, distinct, 0);
    System.arraycopy(wordIds, 0, ids, 0, n);
    repeated = 0;
    for (int i = 0; i < n; i++) {
      if (++counts[ids[i]] == 2) {
        repeated++;
      }
    }
    grams = n;
    level = 1;
  }

  /** Moves from level n to level n + 1, the word ids being those given to {@link #start}. */
  void extend(int[] wordIds) {
    int next = Math.max(0, grams - 1);
    int id = 0;
    int nowRepeated = 0;
    if (repeated == 0) {
      // nothing repeats at this level, so nothing can at the next: every n-gram is new
      for (int i = 0; i < next; i++) {
        nextIds[i] = i;
        nextCounts[i] = 1;
      }
      id = next;
    } else {
      table.reset(next);
      for (int i = 0; i < next; i++) {
        int prefix = ids[i];
        int got;
        if (counts[prefix] == 1) {
          got = id++;
          nextCounts[got] = 0;
        } else {
          long key = ((long) prefix << 32) | (wordIds[i + level] & 0xFFFFFFFFL);
          got = table.putIfAbsent(key, id);
          if (got == id) {
            id++;
            nextCounts[got] = 0;
          }
        }
        nextIds[i] = got;
        if (++nextCounts[got] == 2) {
          nowRepeated++;
        }
      }
    }
    int[] t = ids;
    ids = nextIds;
    nextIds = t;
    t = counts;
    counts = nextCounts;
    nextCounts = t;
    grams = next;
    distinct = id;
    repeated = nowRepeated;
    level++;
  }

  private void ensure(int n) {
    if (ids.length < n || ids.length > 8 * Math.max(1024, n)) {
      int size = Math.max(1024, n);
      ids = new int[size];
      counts = new int[size];
      nextIds = new int[size];
      nextCounts = new int[size];
    }
  }

  /**
   * Packed pair → id, open addressing with a generation stamp per slot, so emptying it for the next
   * level costs nothing.
   */
  private static final class PairTable {
    private long[] keys = new long[2048];
    private int[] values = new int[2048];
    private int[] stamps = new int[2048];
    private int stamp;

    void reset(int expected) {
      int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
      if (capacity > keys.length || capacity < keys.length / 8 || stamp == Integer.MAX_VALUE) {
        keys = new long[capacity];
        values = new int[capacity];
        stamps = new int[capacity];
        stamp = 0;
      }
      stamp++;
    }

    /** The id stored for {@code key}, or {@code id} after storing it when the key is new. */
    int putIfAbsent(long key, int id) {
      int mask = keys.length - 1;
      int slot = (int) (mix(key) & mask);
      while (stamps[slot] == stamp) {
        if (keys[slot] == key) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      stamps[slot] = stamp;
      keys[slot] = key;
      values[slot] = id;
      return id;
    }

    private static long mix(long k) {
      k ^= k >>> 33;
      k *= 0xFF51AFD7ED558CCDL;
      k ^= k >>> 33;
      return k;
    }
  }
}
