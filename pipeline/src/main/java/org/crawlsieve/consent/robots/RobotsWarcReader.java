package org.crawlsieve.consent.robots;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.warc.FailedInput;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;

/**
 * Streams the robots.txt captures of one WARC file in Common Crawl's robotstxt (or
 * crawldiagnostics) format: the {@code response} records whose target is a {@code /robots.txt} URL
 * (redirect targets elsewhere appear as captures of their own URL when the crawler fetched them).
 * One record in memory at a time.
 */
public final class RobotsWarcReader implements Iterator<RobotsCapture>, Closeable {
  private final WarcFileReader reader;
  private final int maxBytes;
  private final boolean robotsOnly;
  private RobotsCapture next;
  private long skipped;

  /**
   * @param robotsOnly keep only {@code /robots.txt} URLs; false keeps every response (for a WARC of
   *     other site files such as {@code /.well-known/tdmrep.json})
   */
  public RobotsWarcReader(
      InputStream in,
      String path,
      long length,
      InputConfig bounds,
      int maxBytes,
      boolean robotsOnly)
      throws IOException {
    this.reader = new WarcFileReader(in, path, length, bounds);
    this.maxBytes = maxBytes;
    this.robotsOnly = robotsOnly;
  }

  @Override
  public boolean hasNext() {
    while (next == null && reader.hasNext()) {
      RawRecord r = reader.next();
      String url = r.provenance().targetUri();
      if (robotsOnly && !RobotsCaptures.isRobotsUrl(url)) {
        skipped++;
        continue;
      }
      next = RobotsCaptures.fromRecord(r, maxBytes).orElse(null);
      if (next == null) {
        skipped++;
      }
    }
    return next != null;
  }

  @Override
  public RobotsCapture next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RobotsCapture c = next;
    next = null;
    return c;
  }

  /** Records read but not turned into captures (other URLs, non-HTTP records). */
  public long skipped() {
    return skipped;
  }

  /** Set when the file broke before its end. */
  public FailedInput failure() {
    return reader.failure();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
