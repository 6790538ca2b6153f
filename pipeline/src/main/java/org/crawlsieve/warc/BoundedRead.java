package org.crawlsieve.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream into one array, at most a bound, sized from the length the record declares.
 *
 * <p>Why not {@link java.io.ByteArrayOutputStream}: it grows by doubling from 32 bytes and copies
 * its content once more at the end, three to four copies of every payload (measured: a fifth of the
 * read path's CPU). Here the array is allocated once at the declared length and, when that length
 * was right, handed out without a copy; a wrong or missing length costs the growth and one final
 * trim. The declared length is untrusted, so it sizes at most {@link #MAX_PREALLOCATED} bytes up
 * front and never raises the bound.
 *
 * <p>What was read stays available when the stream fails part-way ({@link #bytes()}), as a decoding
 * error keeps the bytes decoded before it.
 *
 * <p>A caller that only looks at the bytes before reading the next record can hand in the array of
 * the previous read ({@link #BoundedRead(long, long, byte[])}, {@link #array()}): the WARC reader
 * does so for each record's block, which it parses and copies the payload out of, so a fresh block
 * of the record's size is neither allocated nor zeroed per record.
 */
final class BoundedRead {
  /** Largest first allocation taken on a declared length's word (the array grows past it). */
  static final int MAX_PREALLOCATED = 1 << 24;

  private static final int MIN_CHUNK = 8192;

  private final int max;
  private byte[] buf;
  private int size;

  /** Whether {@link #buf} is still the caller's array, which {@link #bytes()} must not hand out. */
  private boolean borrowed;

  /**
   * @param max the bound (values beyond an array's reach are clamped to it)
   * @param expected the declared length, or negative when unknown
   */
  BoundedRead(long max, long expected) {
    this(max, expected, null);
  }

  /**
   * @param max the bound (values beyond an array's reach are clamped to it)
   * @param expected the declared length, or negative when unknown
   * @param reuse an array to read into when it holds the first allocation, else null; it is
   *     overwritten, and {@link #bytes()} then copies
   */
  BoundedRead(long max, long expected, byte[] reuse) {
    this.max = (int) Math.min(max, Integer.MAX_VALUE - 8);
    int first =
        expected >= 0 ? (int) Math.min(Math.min(expected, this.max), MAX_PREALLOCATED) : MIN_CHUNK;
    int size = Math.min(first, this.max);
    this.borrowed = reuse != null && reuse.length >= size;
    this.buf = borrowed ? reuse : new byte[size];
  }

  /** Bytes of {@code in} up to the bound; exceptions from the stream propagate. */
  static byte[] read(InputStream in, long max, long expected) throws IOException {
    BoundedRead r = new BoundedRead(max, expected);
    r.fill(in);
    return r.bytes();
  }

  /** Reads until the stream ends or the bound is reached. */
  void fill(InputStream in) throws IOException {
    while (size < max) {
      if (size == buf.length) {
        // the declared length is reached (or was unknown): grow only if more bytes come
        int b = in.read();
        if (b < 0) {
          return;
        }
        buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max(2L * buf.length, MIN_CHUNK)));
        borrowed = false;
        buf[size++] = (byte) b;
        continue;
      }
      // a reused array may be longer than the bound
      int n = in.read(buf, size, Math.min(buf.length, max) - size);
      if (n < 0) {
        return;
      }
      size += n;
    }
  }

  /** Bytes read so far. */
  int size() {
    return size;
  }

  /**
   * The array read into: its first {@link #size()} bytes are the ones read, and it may be longer.
   * For a caller that reuses it for the next read.
   */
  byte[] array() {
    return buf;
  }

  /** The bytes read so far; the internal array itself when it is exactly full and not borrowed. */
  byte[] bytes() {
    return size == buf.length && !borrowed ? buf : Arrays.copyOf(buf, size);
  }
}
