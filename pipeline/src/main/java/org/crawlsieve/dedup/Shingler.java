package org.crawlsieve.dedup;

import java.util.Arrays;

/**
 * Word n-gram shingles of a normalised text (see {@link TextNormalizer}), as 64-bit hashes. Words
 * are hashed straight from the characters (no substrings), then each run of {@code size}
 * consecutive word hashes is folded into one order-sensitive shingle hash. A text with fewer than
 * {@code size} words (but at least one) is one shingle of all its words; an empty text has none.
 * Immutable and thread-safe.
 */
public final class Shingler {
  private final int size;
  private final long seed;

  public Shingler(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1, got " + size);
    }
    this.size = size;
    this.seed = seed;
  }

  public int size() {
    return size;
  }

  /** Shingle hashes in text order (repeats kept); {@code normalized} must be normalised. */
  public long[] shingles(String normalized) {
    return shingles(normalized.toCharArray(), normalized.length());
  }

  /** {@link #shingles(String)} of the normalised text {@code chars[0, length)}. */
  long[] shingles(char[] chars, int length) {
    long[] words = wordHashes(chars, length);
    if (words.length == 0) {
      return new long[0];
    }
    int n = Math.min(size, words.length);
    long[] out = new long[words.length - n + 1];
    long start = seed ^ n;
    for (int s = 0; s < out.length; s++) {
      long h = start;
      for (int k = 0; k < n; k++) {
        h = Mix.fmix64(h * 0x9E3779B97F4A7C15L + words[s + k]);
      }
      out[s] = h;
    }
    return out;
  }

  /** The set of shingle hashes, sorted ascending without repeats (for exact Jaccard). */
  public long[] distinctShingles(String normalized) {
    long[] s = shingles(normalized);
    Arrays.sort(s);
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (i == 0 || s[i] != s[i - 1]) {
        s[n++] = s[i];
      }
    }
    return Arrays.copyOf(s, n);
  }

  private static long[] wordHashes(char[] text, int length) {
    if (length == 0) {
      return new long[0];
    }
    int count = 0;
    for (int i = 0; i < length; i++) {
      if (text[i] == ' ') {
        count++;
      }
    }
    long[] out = new long[count + 1];
    int w = 0;
    long h = 0xcbf29ce484222325L; // FNV-1a offset basis
    for (int i = 0; i < length; i++) {
      char c = text[i];
      if (c == ' ') {
        out[w++] = Mix.fmix64(h);
        h = 0xcbf29ce484222325L;
      } else {
        h = (h ^ c) * 0x100000001b3L; // FNV-1a prime
      }
    }
    out[w] = Mix.fmix64(h);
    return out;
  }
}
