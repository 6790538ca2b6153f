package org.crawlsieve.quality;

import java.util.Arrays;

/**
 * Counts the pieces of a text between newline runs ({@code re.split("\n{minRun,}", text)}) and
 * those equal to an earlier piece, in place: each piece is a character range of the text's {@code
 * char[]} ({@link Words#chars}), hashed and compared where it lies, so no substring and no set
 * entry is made per line, and no {@code String.charAt} per character. The table of ranges is reused
 * from document to document. Not thread-safe; one per step.
 */
final class PieceDuplicates {
  /** Pieces, pieces equal to an earlier piece, and the characters in those. */
  record Result(int pieces, int duplicates, long duplicateChars) {}

  private int[] starts = new int[1024];
  private int[] ends = new int[1024];
  private int[] hashes = new int[1024];
  private int[] stamps = new int[1024];
  private int stamp;
  private int size;

  /**
   * The pieces of {@code chars[from, to)} cut at runs of at least {@code minRun} newlines (a
   * shorter run stays inside its piece); there is always at least one piece. With {@code
   * skipBlank}, pieces of whitespace only are neither counted nor compared.
   */
  Result scan(char[] text, int from, int to, int minRun, boolean skipBlank) {
    reset((to - from) / 64 + 1);
    int pieces = 0;
    int duplicates = 0;
    long chars = 0;
    int start = from;
    int i = from;
    while (true) {
      int end;
      int next;
      if (i >= to) {
        end = to;
        next = -1;
      } else if (text[i] != '\n') {
        i++;
        continue;
      } else {
        int runEnd = i;
        while (runEnd < to && text[runEnd] == '\n') {
          runEnd++;
        }
        if (runEnd - i < minRun) {
          i = runEnd;
          continue;
        }
        end = i;
        next = runEnd;
      }
      if (!skipBlank || !blank(text, start, end)) {
        pieces++;
        if (!add(text, start, end)) {
          duplicates++;
          chars += end - start;
        }
      }
      if (next < 0) {
        return new Result(pieces, duplicates, chars);
      }
      start = next;
      i = next;
    }
  }

  /**
   * Whether {@code text[start, end)} is whitespace only ({@link String#isBlank}): every whitespace
   * code point is in the BMP and no surrogate is whitespace, so testing chars is the same.
   */
  private static boolean blank(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text[i])) {
        return false;
      }
    }
    return true;
  }

  /** Adds the range; false when an equal range was added before. */
  private boolean add(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    int length = end - start;
    int mask = starts.length - 1;
    int slot = spread(h) & mask;
    while (stamps[slot] == stamp) {
      if (hashes[slot] == h
          && ends[slot] - starts[slot] == length
          && Arrays.equals(text, starts[slot], ends[slot], text, start, end)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    stamps[slot] = stamp;
    starts[slot] = start;
    ends[slot] = end;
    hashes[slot] = h;
    if (++size * 2 > starts.length) {
      grow();
    }
    return true;
  }

  private void grow() {
    int[] oldStarts = starts;
    int[] oldEnds = ends;
    int[] oldHashes = hashes;
    int[] oldStamps = stamps;
    int live = stamp;
    int capacity = oldStarts.length * 2;
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
    stamps = new int[capacity];
    stamp = 1;
    int mask = capacity - 1;
    for (int j = 0; j < oldStarts.length; j++) {
      if (oldStamps[j] == live) {
        int slot = spread(oldHashes[j]) & mask;
        while (stamps[slot] == stamp) {
          slot = (slot + 1) & mask;
        }
        stamps[slot] = stamp;
        starts[slot] = oldStarts[j];
        ends[slot] = oldEnds[j];
        hashes[slot] = oldHashes[j];
      }
    }
  }

  /** Empties the table, sized for about {@code pieces} ranges (it grows past half full). */
  private void reset(int pieces) {
    int capacity = Integer.highestOneBit(Math.max(16, pieces * 2 - 1)) << 1;
    if (capacity > starts.length || capacity < starts.length / 8 || stamp == Integer.MAX_VALUE) {
      starts = new int[capacity];
      ends = new int[capacity];
      hashes = new int[capacity];
      stamps = new int[capacity];
      stamp = 0;
    }
    stamp++;
    size = 0;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
