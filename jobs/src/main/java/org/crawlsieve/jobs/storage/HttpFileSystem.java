package org.crawlsieve.jobs.storage;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;

/**
 * A read-only Hadoop file system over HTTP(S), for Common Crawl's {@code
 * https://data.commoncrawl.org/} outside AWS: a file's length comes from a HEAD request, reads are
 * range requests that resume where they broke, with retries and backoff ({@link
 * RetryingHttpInputStream}). Hadoop's own HttpsFileSystem neither seeks, retries, nor knows a
 * length. Listing a directory is impossible over plain HTTP: name files or a listing ({@code
 * warc.paths.gz}) instead of directories and globs.
 */
public final class HttpFileSystem extends FileSystem {
  static final String RETRIES = "crawlsieve.http.retries";
  static final String RETRY_INTERVAL_MS = "crawlsieve.http.retry-interval-ms";
  static final String MAX_RETRY_INTERVAL_MS = "crawlsieve.http.max-retry-interval-ms";
  static final String CONNECT_TIMEOUT_MS = "crawlsieve.http.connect-timeout-ms";
  static final String READ_TIMEOUT_MS = "crawlsieve.http.read-timeout-ms";
  static final String USER_AGENT = "crawlsieve.http.user-agent";

  private URI uri;
  private HttpClientSettings settings;

  @Override
  public void initialize(URI name, Configuration conf) throws IOException {
    super.initialize(name, conf);
    this.uri = URI.create(name.getScheme() + "://" + name.getAuthority());
    this.settings =
        new HttpClientSettings(
            conf.getInt(RETRIES, 20),
            conf.getLong(RETRY_INTERVAL_MS, 1000),
            conf.getLong(MAX_RETRY_INTERVAL_MS, 60_000),
            conf.getInt(CONNECT_TIMEOUT_MS, 30_000),
            conf.getInt(READ_TIMEOUT_MS, 60_000),
            conf.get(USER_AGENT, "crawlsieve"));
  }

  @Override
  public String getScheme() {
    return uri == null ? "https" : uri.getScheme();
  }

  @Override
  public URI getUri() {
    return uri;
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    URI target = qualify(f);
    long length = RetryingHttpInputStream.length(target, settings);
    return new FSDataInputStream(new RetryingHttpInputStream(target, length, settings));
  }

  @Override
  public FileStatus getFileStatus(Path f) throws IOException {
    URI target = qualify(f);
    long length = RetryingHttpInputStream.length(target, settings);
    if (length < 0) {
      throw new FileNotFoundException(target.toString());
    }
    return new FileStatus(length, false, 1, 32L << 20, 0, new Path(target));
  }

  @Override
  public FileStatus[] listStatus(Path f) throws IOException {
    // A file lists as itself; directories cannot be listed over HTTP.
    return new FileStatus[] {getFileStatus(f)};
  }

  private URI qualify(Path f) {
    return makeQualified(f).toUri();
  }

  @Override
  public FSDataOutputStream create(
      Path f,
      FsPermission permission,
      boolean overwrite,
      int bufferSize,
      short replication,
      long blockSize,
      Progressable progress)
      throws IOException {
    throw new IOException("read-only: " + f);
  }

  @Override
  public FSDataOutputStream append(Path f, int bufferSize, Progressable progress)
      throws IOException {
    throw new IOException("read-only: " + f);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    throw new IOException("read-only: " + src);
  }

  @Override
  public boolean delete(Path f, boolean recursive) throws IOException {
    throw new IOException("read-only: " + f);
  }

  @Override
  public void setWorkingDirectory(Path newDir) {
    // there is no working directory on a web server; paths are always absolute
  }

  @Override
  public Path getWorkingDirectory() {
    return new Path(uri.toString() + "/");
  }

  @Override
  public boolean mkdirs(Path f, FsPermission permission) throws IOException {
    throw new IOException("read-only: " + f);
  }
}
