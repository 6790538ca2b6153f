package org.crawlsieve.warc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;

/** Counts the bytes read through a channel: the compressed position at the end of a file. */
final class CountingChannel implements ReadableByteChannel {
  private final ReadableByteChannel in;
  private long count;

  CountingChannel(ReadableByteChannel in) {
    this.in = in;
  }

  long count() {
    return count;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int n = in.read(dst);
    if (n > 0) {
      count += n;
    }
    return n;
  }

  @Override
  public boolean isOpen() {
    return in.isOpen();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
