package org.crawlsieve.warc;

import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only seekable channel over a byte array. jwarc's HTTP parser needs a channel whose size it
 * knows to read a body that has neither Content-Length nor chunking (the common case in WARCs).
 */
final class BytesChannel implements SeekableByteChannel {
  private final byte[] bytes;
  private final int length;
  private int position;
  private boolean open = true;

  /** The first {@code length} bytes of {@code bytes} (the reader's block array is reused). */
  BytesChannel(byte[] bytes, int length) {
    if (length < 0 || length > bytes.length) {
      throw new IndexOutOfBoundsException("length " + length + " of " + bytes.length);
    }
    this.bytes = bytes;
    this.length = length;
  }

  @Override
  public int read(ByteBuffer dst) {
    if (position >= length) {
      return -1;
    }
    int n = Math.min(dst.remaining(), length - position);
    dst.put(bytes, position, n);
    position += n;
    return n;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    position = (int) Math.min(Math.max(newPosition, 0), length);
    return this;
  }

  @Override
  public long size() {
    return length;
  }

  @Override
  public SeekableByteChannel truncate(long size) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }
}
