package org.crawlsieve.quality;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Token counts of recently seen pre-tokenizer pieces, looked up by a range of the text without
 * building a string. The short and inline tables are four-way set-associative: a hash maps to a
 * slot of an aligned group of four, looked up from that slot on; a new piece takes the first free
 * one or replaces the group's slot farthest from its own. So the cache is bounded without ever
 * being emptied at once, pieces that share a group (up to four) all stay, and when more compete
 * only that last slot turns over. With two ways, a third piece in a pair evicted one of the others
 * on every miss: on the benchmark's texts 99,700 of the first pass's 213,800 misses recurred in
 * every later pass (of 9.8 million pieces a pass), 8,700 with four ways. The rarer pieces of 29 to
 * 32 chars keep two ways.
 *
 * <p>Thread-safe without locks, so one cache can serve every task of an executor (a partition's
 * first pages then find the words earlier partitions saw): a slot holds an immutable {@link Entry}
 * whose fields are final, so a thread that reads a slot another thread is writing sees either the
 * old entry or the new one, each complete (JLS 17.5). A lost race costs a miss or an overwritten
 * entry, never a wrong count, because a hit always compares the characters.
 *
 * <p>Short pieces (at most {@value #SHORT_CHARS} chars, all Latin-1: most words with their leading
 * space) live in a second table where the characters, the length and the count are one {@code long}
 * ({@link #shortKey}): a hit is one memory read instead of slot, entry, string and its bytes (the
 * look-up was the largest item of the token-count step's profile). Slots are read and written with
 * opaque access, which is atomic for a {@code long}, so a racing reader sees a whole entry.
 */
final class PieceCountCache {
  /** Longest piece the short table holds: 7 Latin-1 chars fill 56 bits. */
  static final int SHORT_CHARS = 7;

  private static final long SHORT_KEY_MASK = (1L << 59) - 1; // chars (56 bits) and length (3)
  private static final int SHORT_COUNT_SHIFT = 59;
  private static final int SHORT_MAX_COUNT = 15; // 4 bits; a 7-char piece has at most 14 tokens
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

  /** Ways of a set in the short and inline tables: slots {@code s ^ 0 .. s ^ 3} of slot s. */
  static final int WAYS = 4;

  private final long[] shortSlots;
  private final int shortMask;

  /** One cached piece; immutable, hence safe to publish through a plain array slot. */
  private record Entry(int hash, char[] piece, int count) {}

  /** Pieces of up to {@value InlinePieceTable#MAX_CHARS} chars not in the short table. */
  private final InlinePieceTable inline;

  /** The rare longer pieces. */
  private final Entry[] slots;

  private final int mask;

  /** {@code capacity} slots, rounded up to a power of two (at least {@link #WAYS}). */
  PieceCountCache(int capacity) {
    int n = Integer.highestOneBit(Math.max(WAYS, capacity) - 1) << 1;
    slots = new Entry[n];
    mask = n - 1;
    shortSlots = new long[n];
    shortMask = n - 1;
    inline = new InlinePieceTable(n);
  }

  /**
   * {@code text[start, end)} packed with its length into one key for the short table, or 0 when the
   * piece is longer than {@value #SHORT_CHARS} chars or has a char above U+00FF.
   */
  static long shortKey(char[] text, int start, int end) {
    int len = end - start;
    if (len > SHORT_CHARS) {
      return 0;
    }
    long key = (long) len << 56;
    for (int i = 0; i < len; i++) {
      char c = text[start + i];
      if (c > 0xFF) {
        return 0;
      }
      key |= (long) c << (8 * i);
    }
    return key;
  }

  /** The cached count of the short piece {@code key} (from {@link #shortKey}), or -1. */
  int getShort(long key) {
    int slot = shortSlot(key);
    for (int way = 0; way < WAYS; way++) {
      long e = (long) SLOT.getOpaque(shortSlots, slot ^ way);
      if ((e & SHORT_KEY_MASK) == key) {
        return (int) (e >>> SHORT_COUNT_SHIFT);
      }
    }
    return -1;
  }

  /** Caches the short piece {@code key} (absent) with {@code count}, as {@link #put} does. */
  void putShort(long key, int count) {
    if (count > SHORT_MAX_COUNT) {
      return; // cannot happen for 7 Latin-1 chars (at most 14 UTF-8 bytes); kept out if it did
    }
    int slot = shortSlot(key);
    int way = 0;
    while (way < WAYS - 1 && (long) SLOT.getOpaque(shortSlots, slot ^ way) != 0) {
      way++;
    }
    SLOT.setOpaque(shortSlots, slot ^ way, key | ((long) count << SHORT_COUNT_SHIFT));
  }

  /**
   * The key's own slot. Every bit of the key reaches the slot's bits: a multiply alone left the
   * last chars and the length out of them, so pieces differing only there shared a set (on the
   * benchmark's texts, 62,000 misses per pass where 7,300 remain with this mix and two ways).
   */
  private int shortSlot(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    return (int) h & shortMask;
  }

  /** Hash of {@code text[start, end)}; equality is always checked on the characters. */
  static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    h *= 0x9E3779B9; // spread the polynomial hash's bits before taking the low ones as the slot
    return h ^ (h >>> 15);
  }

  /** The cached count of {@code text[start, end)} with hash {@code h}, or -1. */
  int get(char[] text, int start, int end, int h) {
    if (end - start <= InlinePieceTable.MAX_CHARS) {
      return inline.get(text, start, end, h);
    }
    int slot = h & mask;
    int found = lookup(slots[slot], text, start, end, h);
    return found >= 0 ? found : lookup(slots[slot ^ 1], text, start, end, h);
  }

  private static int lookup(Entry e, char[] text, int start, int end, int h) {
    if (e == null || e.hash != h) {
      return -1;
    }
    char[] p = e.piece;
    // arrays, not Strings: most texts are UTF-16 Strings and most pieces Latin-1 ones, and
    // String.regionMatches across the two codings compares char by char through both decoders
    // (it was 4.5 % of a warm run's samples); Arrays.equals on char ranges is vectorized
    return p.length == end - start && Arrays.equals(text, start, end, p, 0, p.length)
        ? e.count
        : -1;
  }

  /**
   * Caches {@code text[start, end)} (absent) with hash {@code h}; replaces another if both slots
   * are used.
   */
  void put(char[] text, int start, int end, int h, int count) {
    if (end - start <= InlinePieceTable.MAX_CHARS) {
      inline.put(text, start, end, h, count);
      return;
    }
    char[] piece = Arrays.copyOfRange(text, start, end);
    int slot = h & mask;
    if (slots[slot] != null) {
      slot ^= 1;
    }
    slots[slot] = new Entry(h, piece, count);
  }
}
