package org.crawlsieve.jobs.storage;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import org.apache.hadoop.fs.FSInputStream;

/**
 * A seekable stream over one HTTP(S) resource: each (re)open is a {@code Range: bytes=N-} GET; a
 * connection error, a 5xx, 429 or 403-throttle response, or a stream that breaks before the end is
 * retried from the byte it stopped at, with exponential backoff ({@link HttpClientSettings}). A 404
 * is final. Bytes already delivered are never delivered twice.
 */
public final class RetryingHttpInputStream extends FSInputStream {
  private final URI uri;
  private final long length;
  private final HttpClientSettings settings;
  private long pos;
  private InputStream body;
  private HttpURLConnection connection;
  private boolean closed;

  public RetryingHttpInputStream(URI uri, long length, HttpClientSettings settings) {
    this.uri = uri;
    this.length = length;
    this.settings = settings;
  }

  /** The resource's length from a HEAD request (retried like reads); -1 when it does not exist. */
  static long length(URI uri, HttpClientSettings settings) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      if (attempt > 0) {
        sleep(settings.backoffMs(attempt, retryAfterMs(last)));
      }
      HttpURLConnection c = connect(uri, "HEAD", -1, settings);
      try {
        int code = c.getResponseCode();
        if (code == 404 || code == 410) {
          return -1;
        }
        if (code / 100 == 2) {
          long len = c.getContentLengthLong();
          if (len < 0) {
            throw new FinalHttpException("no Content-Length for " + uri);
          }
          return len;
        }
        if (!retryable(code)) {
          throw new FinalHttpException("HTTP " + code + " for " + uri);
        }
        last = new RetryableHttpException(code, retryAfterHeader(c));
      } catch (FinalHttpException e) {
        throw e;
      } catch (IOException e) {
        last = e;
      } finally {
        c.disconnect();
      }
    }
    throw new IOException(
        "giving up on " + uri + " after " + (settings.retries() + 1) + " attempts", last);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (closed) {
      throw new IOException("stream closed: " + uri);
    }
    if (len == 0) {
      return 0;
    }
    if (pos >= length) {
      return -1;
    }
    IOException last = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      try {
        if (body == null) {
          if (attempt > 0) {
            sleep(settings.backoffMs(attempt, retryAfterMs(last)));
          }
          openAt(pos);
        }
        int n = body.read(b, off, (int) Math.min(len, length - pos));
        if (n < 0) {
          throw new EOFException("connection ended at byte " + pos + " of " + length);
        }
        pos += n;
        return n;
      } catch (FinalHttpException e) {
        throw e;
      } catch (IOException e) {
        if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
          throw e;
        }
        last = e;
        dropConnection();
      }
    }
    throw new IOException(
        "giving up on "
            + uri
            + " at byte "
            + pos
            + " after "
            + (settings.retries() + 1)
            + " attempts",
        last);
  }

  private void openAt(long from) throws IOException {
    HttpURLConnection c = connect(uri, "GET", from, settings);
    int code = c.getResponseCode();
    if (code == 206 || (code == 200 && from == 0)) {
      connection = c;
      body = c.getInputStream();
      return;
    }
    long retryAfter = retryAfterHeader(c);
    c.disconnect();
    if (code == 200) {
      throw new FinalHttpException("server ignores range requests: " + uri);
    }
    if (!retryable(code)) {
      throw new FinalHttpException("HTTP " + code + " for " + uri);
    }
    throw new RetryableHttpException(code, retryAfter);
  }

  private static HttpURLConnection connect(
      URI uri, String method, long from, HttpClientSettings settings) throws IOException {
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setRequestMethod(method);
    c.setConnectTimeout(settings.connectTimeoutMs());
    c.setReadTimeout(settings.readTimeoutMs());
    c.setInstanceFollowRedirects(true);
    c.setRequestProperty("User-Agent", settings.userAgent());
    c.setRequestProperty("Accept-Encoding", "identity");
    if (from > 0) {
      c.setRequestProperty("Range", "bytes=" + from + "-");
    }
    return c;
  }

  /** Throttling and server trouble are worth a retry; other client errors are not. */
  static boolean retryable(int code) {
    return code == 429 || code == 403 || code == 408 || code / 100 == 5;
  }

  private static long retryAfterHeader(HttpURLConnection c) {
    String v = c.getHeaderField("Retry-After");
    if (v == null) {
      return 0;
    }
    v = v.strip();
    if (v.isEmpty() || v.length() > 6) {
      return 0;
    }
    for (int i = 0; i < v.length(); i++) {
      if (!Character.isDigit(v.charAt(i))) {
        return 0;
      }
    }
    return Long.parseLong(v) * 1000;
  }

  private static long retryAfterMs(IOException e) {
    return e instanceof RetryableHttpException r ? r.retryAfterMs : 0;
  }

  private static void sleep(long ms) throws InterruptedIOException {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry");
    }
  }

  private void dropConnection() {
    if (body != null) {
      try {
        body.close();
      } catch (IOException e) {
        // the connection is being abandoned anyway
      }
    }
    if (connection != null) {
      connection.disconnect();
    }
    body = null;
    connection = null;
  }

  @Override
  public void seek(long target) throws IOException {
    if (target < 0 || target > length) {
      throw new EOFException("seek to " + target + " outside 0.." + length);
    }
    if (target != pos) {
      dropConnection();
      pos = target;
    }
  }

  @Override
  public long getPos() {
    return pos;
  }

  @Override
  public boolean seekToNewSource(long targetPos) {
    return false;
  }

  @Override
  public int available() throws IOException {
    return body == null
        ? 0
        : Math.min(body.available(), (int) Math.min(Integer.MAX_VALUE, length - pos));
  }

  @Override
  public void close() {
    closed = true;
    dropConnection();
  }

  /** A response that retrying cannot fix. */
  static final class FinalHttpException extends IOException {
    private static final long serialVersionUID = 1L;

    FinalHttpException(String message) {
      super(message);
    }
  }

  /** A throttled or failed response, with the server's Retry-After if it sent one. */
  static final class RetryableHttpException extends IOException {
    private static final long serialVersionUID = 1L;
    final long retryAfterMs;

    RetryableHttpException(int code, long retryAfterMs) {
      super("HTTP " + code);
      this.retryAfterMs = retryAfterMs;
    }
  }
}
