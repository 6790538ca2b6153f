package org.crawlsieve.quality;

import java.io.Reader;

/**
 * A {@link Reader} over a {@code char[]}, reset for each text, for driving Lucene's scanner: a
 * {@code StringReader} per text copies out of the String under a lock on every refill, while the
 * split already holds the text's characters in an array. Not thread-safe; one per segmenter.
 */
final class CharsReader extends Reader {
  private char[] chars = new char[0];
  private int pos;
  private int end;

  /** Reads {@code chars[0, length)} from the start. */
  CharsReader reset(char[] chars, int length) {
    this.chars = chars;
    this.pos = 0;
    this.end = length;
    return this;
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (pos >= end) {
      return -1;
    }
    int n = Math.min(length, end - pos);
    System.arraycopy(chars, pos, buffer, offset, n);
    pos += n;
    return n;
  }

  @Override
  public void close() {
    // nothing to release; the array belongs to the caller
  }
}
