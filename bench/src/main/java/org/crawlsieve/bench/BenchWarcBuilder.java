package org.crawlsieve.bench;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Writes the benchmark WARC set: real pages (the trafilatura evaluation pages and the HTML
 * responses of the third-party sample WARCs) repeated, each copy with one word or digit changed and
 * a new URL and record id, until the uncompressed size reaches the target. Records are gzipped one
 * per member with block and payload digests, as Common Crawl does, and dealt round-robin over
 * several files so every file has the same mix of pages (the files become Spark's unit of
 * parallelism).
 *
 * <p>Usage: {@code BenchWarcBuilder SHARED_DIR OUT_DIR MEGABYTES FILES}. Writes {@code
 * bench-NN.warc.gz} files and {@code one-record.warc.gz} (the first page alone, to measure a run's
 * fixed cost) into OUT_DIR via temporary names, so an interrupted build leaves no files that look
 * finished.
 */
public final class BenchWarcBuilder {
  private static final long MAX_PAGE_BYTES = 5L << 20;

  private BenchWarcBuilder() {}

  /** One source page: its bytes and the Content-Type its HTTP response declared. */
  record Page(byte[] html, String contentType) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: BenchWarcBuilder SHARED_DIR OUT_DIR MEGABYTES FILES");
      System.exit(2);
    }
    Path shared = Path.of(args[0]);
    Path out = Path.of(args[1]);
    long targetBytes = Long.parseLong(args[2]) << 20;
    int files = Integer.parseInt(args[3]);
    List<Page> pages = loadPages(shared);
    if (pages.isEmpty()) {
      System.err.println("bench: no pages found under " + shared);
      System.exit(2);
    }
    Files.createDirectories(out);
    writeSet(pages, out, targetBytes, files);
  }

  static List<Page> loadPages(Path shared) throws IOException {
    List<Page> pages = new ArrayList<>();
    Path eval = shared.resolve("data/extraction/trafilatura-eval/html");
    try (Stream<Path> s = Files.list(eval)) {
      for (Path p : s.sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          pages.add(new Page(in.readAllBytes(), "text/html"));
        }
      }
    }
    int evalPages = pages.size();
    Set<String> seen = new HashSet<>();
    try (Stream<Path> s = Files.walk(shared.resolve("data/warc"))) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
          addWarcPages(p, pages, seen);
        }
      }
    }
    System.err.printf(
        "bench: %d trafilatura pages + %d HTML responses from sample WARCs%n",
        evalPages, pages.size() - evalPages);
    return pages;
  }

  /** HTML 200 responses without a content encoding; damaged files give what they gave so far. */
  private static void addWarcPages(Path file, List<Page> pages, Set<String> seen) {
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(msg -> {});
      for (WarcRecord rec : reader) {
        if (!(rec instanceof WarcResponse resp)) {
          continue;
        }
        try {
          var http = resp.http();
          MediaType type = http.contentType();
          if (http.status() != 200
              || !type.base().equals(MediaType.HTML)
              || http.headers().first("Content-Encoding").isPresent()) {
            continue;
          }
          byte[] body = http.body().stream().readNBytes((int) MAX_PAGE_BYTES);
          String uri = resp.target();
          if (body.length > 512 && seen.add(uri + body.length)) {
            pages.add(new Page(body, type.toString()));
          }
        } catch (IOException | RuntimeException e) {
          // a malformed record in a test fixture: skip it
        }
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("bench: stopped reading " + file + ": " + e);
    }
  }

  static void writeSet(List<Page> pages, Path out, long targetBytes, int files) throws IOException {
    List<Path> tmp = new ArrayList<>();
    List<OutputStream> streams = new ArrayList<>();
    for (int i = 0; i < files; i++) {
      Path t = out.resolve(String.format(".bench-%02d.warc.gz.tmp", i));
      tmp.add(t);
      streams.add(new BufferedOutputStream(Files.newOutputStream(t), 1 << 20));
    }
    long written = 0;
    long records = 0;
    for (int copy = 0; written < targetBytes; copy++) {
      for (int i = 0; i < pages.size() && written < targetBytes; i++) {
        byte[] rec = record(pages.get(i), copy, i);
        writeGzipMember(streams.get((int) (records % files)), rec);
        written += rec.length;
        records++;
      }
    }
    for (OutputStream s : streams) {
      s.close();
    }
    for (int i = 0; i < files; i++) {
      Files.move(
          tmp.get(i),
          out.resolve(String.format("bench-%02d.warc.gz", i)),
          StandardCopyOption.ATOMIC_MOVE);
    }
    Path one = out.resolve(".one-record.warc.gz.tmp");
    try (OutputStream s = Files.newOutputStream(one)) {
      writeGzipMember(s, record(pages.get(0), 0, 0));
    }
    Files.move(one, out.resolve("one-record.warc.gz"), StandardCopyOption.ATOMIC_MOVE);
    System.err.printf(
        "bench: wrote %d response records, %d MB uncompressed, in %d files to %s%n",
        records, written >> 20, files, out);
  }

  private static void writeGzipMember(OutputStream out, byte[] data) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out), 64 * 1024);
    gz.write(data);
    gz.finish();
  }

  /** One WARC response record for copy {@code copy} of page {@code index}. */
  static byte[] record(Page page, int copy, int index) {
    byte[] body = copy == 0 ? page.html() : vary(page.html(), copy);
    String http =
        "HTTP/1.1 200 OK\r\nContent-Type: "
            + page.contentType()
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] httpHead = http.getBytes(StandardCharsets.ISO_8859_1);
    String uri = "https://bench" + (index % 997) + ".example.org/c" + copy + "/p" + index + ".html";
    String head =
        "WARC/1.0\r\n"
            + "WARC-Type: response\r\n"
            + "WARC-Record-ID: <urn:uuid:"
            + new UUID(copy, index)
            + ">\r\n"
            + "WARC-Date: 2024-06-01T00:00:00Z\r\n"
            + "WARC-Target-URI: "
            + uri
            + "\r\n"
            + "WARC-Block-Digest: "
            + sha1(httpHead, body)
            + "\r\n"
            + "WARC-Payload-Digest: "
            + sha1(body)
            + "\r\n"
            + "Content-Type: application/http; msgtype=response\r\n"
            + "Content-Length: "
            + (httpHead.length + body.length)
            + "\r\n\r\n";
    ByteArrayOutputStream b =
        new ByteArrayOutputStream(head.length() + http.length() + body.length + 4);
    b.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    b.writeBytes(httpHead);
    b.writeBytes(body);
    b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return b.toByteArray();
  }

  /**
   * {@code sha1:BASE32} of the parts, as Common Crawl writes its digests: every real record carries
   * them, and the reader verifies the block digest, so the benchmark pays for it too.
   */
  private static String sha1(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      for (byte[] part : parts) {
        md.update(part);
      }
      return new WarcDigest(md).prefixedBase32();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /**
   * The page with one change that makes copies differ in text (so exact-duplicate hashing does not
   * collapse them): the first " the " after a copy-dependent offset becomes " that ", or, failing
   * that, a digit there is bumped.
   */
  static byte[] vary(byte[] html, int copy) {
    int start = (int) ((long) html.length * ((copy * 37) % 90 + 5) / 100);
    byte[] needle = " the ".getBytes(StandardCharsets.US_ASCII);
    for (int i = start; i + needle.length <= html.length; i++) {
      if (matches(html, i, needle)) {
        byte[] that = " that ".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[html.length + 1];
        System.arraycopy(html, 0, out, 0, i);
        System.arraycopy(that, 0, out, i, that.length);
        int rest = html.length - i - needle.length;
        System.arraycopy(html, i + needle.length, out, i + that.length, rest);
        return out;
      }
    }
    byte[] out = html.clone();
    for (int i = start; i < out.length; i++) {
      if (out[i] >= '0' && out[i] <= '9') {
        out[i] = (byte) ('0' + (out[i] - '0' + copy) % 10);
        break;
      }
    }
    return out;
  }

  private static boolean matches(byte[] a, int at, byte[] needle) {
    for (int j = 0; j < needle.length; j++) {
      if (a[at + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }

  /** Lets a gzip member finish without closing the file it is appended to. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
