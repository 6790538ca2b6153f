package org.crawlsieve.quality;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Token counts of pieces of up to {@value #MAX_CHARS} chars, each stored inline in one 64-byte slot
 * of a {@code long[]}: a header (hash, length, count) and the chars, four to a {@code long}. A
 * look-up touches one slot instead of a slot, an entry object and a char array scattered over the
 * heap: in the pipeline's order, where the other steps evict the cache between two pages, those
 * three cache misses per piece were 15 % of the steps' CPU.
 *
 * <p>Four-way set-associative like the short table of {@link PieceCountCache}. Thread-safe without
 * locks: a writer claims a slot by swapping its header for {@link #WRITING} (a writer that loses
 * the race does not cache), writes the chars, then publishes the header with release semantics; a
 * reader reads the header with acquire semantics, compares the chars, and accepts the count only if
 * the header is unchanged after an acquire fence (an optimistic read, as {@code StampedLock} does).
 * A race therefore costs a miss, never a wrong count.
 */
final class InlinePieceTable {
  /** Longest piece held: 7 longs of chars after the header. */
  static final int MAX_CHARS = 28;

  private static final int SLOT_LONGS = 8;
  private static final int SLOT_SHIFT = 3;
  private static final long WRITING = -1L; // never a header: a header's length bits are <= 28
  private static final long MAX_COUNT = 0xFFFF;
  private static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);

  private final long[] slots;
  private final int mask;

  /** {@code capacity} slots (a power of two, at least {@link PieceCountCache#WAYS}) of 64 bytes. */
  InlinePieceTable(int capacity) {
    slots = new long[capacity * SLOT_LONGS];
    mask = capacity - 1;
  }

  /** The cached count of {@code text[start, end)} with hash {@code h}, or -1. */
  int get(char[] text, int start, int end, int h) {
    long key = key(h, end - start);
    int slot = h & mask;
    for (int way = 0; way < PieceCountCache.WAYS; way++) {
      int found = lookup(slot ^ way, key, text, start, end);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  /** Caches {@code text[start, end)} (absent) with hash {@code h} and {@code count}. */
  void put(char[] text, int start, int end, int h, int count) {
    if (count > MAX_COUNT || end - start > MAX_CHARS) {
      return;
    }
    int own = h & mask;
    // the first free way, or else the last (the farthest from the piece's own slot) to replace
    int slot = own;
    long old = (long) LONGS.getOpaque(slots, slot << SLOT_SHIFT);
    for (int way = 1; way < PieceCountCache.WAYS && old != 0; way++) {
      slot = own ^ way;
      old = (long) LONGS.getOpaque(slots, slot << SLOT_SHIFT);
    }
    int base = slot << SLOT_SHIFT;
    if (old == WRITING || !LONGS.compareAndSet(slots, base, old, WRITING)) {
      return; // another thread is writing this slot: leave it the slot
    }
    int len = end - start;
    for (int w = 0; w < SLOT_LONGS - 1; w++) {
      slots[base + 1 + w] = word(text, start + 4 * w, end);
    }
    LONGS.setRelease(slots, base, key(h, len) | count);
  }

  private int lookup(int slot, long key, char[] text, int start, int end) {
    int base = slot << SLOT_SHIFT;
    long header = (long) LONGS.getAcquire(slots, base);
    if ((header & ~MAX_COUNT) != key) {
      return -1;
    }
    for (int i = start, w = base + 1; i < end; i += 4, w++) {
      if (slots[w] != word(text, i, end)) {
        return -1;
      }
    }
    VarHandle.acquireFence(); // the chars were read before the header is read again
    return (long) LONGS.getOpaque(slots, base) == header ? (int) (header & MAX_COUNT) : -1;
  }

  /** The header without its count: hash, then length (never 0 for a real piece). */
  private static long key(int h, int len) {
    return ((long) h << 32) | ((long) len << 16);
  }

  /** Chars {@code text[i, min(i + 4, end))} packed into one long; missing chars are 0. */
  private static long word(char[] text, int i, int end) {
    long w = 0;
    for (int k = 0; k < 4 && i + k < end; k++) {
      w |= (long) text[i + k] << (16 * k);
    }
    return w;
  }
}
