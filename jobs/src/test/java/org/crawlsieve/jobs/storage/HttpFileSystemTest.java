package org.crawlsieve.jobs.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link HttpFileSystem} against a local server that fails on purpose: throttles, 5xx, a body cut
 * mid-way. The bytes read must be exactly the file's, resumed by range requests.
 */
class HttpFileSystemTest {
  private static final byte[] DATA = new byte[300_000];

  static {
    new Random(7).nextBytes(DATA);
  }

  private HttpServer server;
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());

  /**
   * Per request number (0-based, HEADs included): what goes wrong; absent or "ok": serve. A HEAD
   * has no body, so "cut" does not affect it.
   */
  private volatile List<String> script = List.of();

  private final AtomicInteger count = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/crawl-data/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange ex) throws IOException {
    int n = count.getAndIncrement();
    String range = ex.getRequestHeaders().getFirst("Range");
    requests.add(ex.getRequestMethod() + " " + (range == null ? "-" : range));
    String fault = n < script.size() ? script.get(n) : "ok";
    if (ex.getRequestURI().getPath().endsWith("missing.warc.gz")) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    switch (fault) {
      case "503" -> {
        ex.getResponseHeaders().add("Retry-After", "0");
        ex.sendResponseHeaders(503, -1);
        ex.close();
        return;
      }
      case "429" -> {
        ex.sendResponseHeaders(429, -1);
        ex.close();
        return;
      }
      case "401" -> {
        ex.sendResponseHeaders(401, -1);
        ex.close();
        return;
      }
      default -> {}
    }
    long from = range == null ? 0 : Long.parseLong(range.substring(6, range.length() - 1));
    long len = DATA.length - from;
    ex.getResponseHeaders().add("Accept-Ranges", "bytes");
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().add("Content-Length", Integer.toString(DATA.length));
      ex.sendResponseHeaders(200, -1);
      ex.close();
      return;
    }
    if (range != null) {
      ex.getResponseHeaders()
          .add("Content-Range", "bytes " + from + "-" + (DATA.length - 1) + "/" + DATA.length);
    }
    int status = range == null ? 200 : 206;
    if (fault.equals("cut")) {
      // the body ends after half of what was asked: a connection that broke mid-way
      ex.sendResponseHeaders(status, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(DATA, (int) from, (int) (len / 2));
      }
      return;
    }
    ex.sendResponseHeaders(status, len);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(DATA, (int) from, (int) len);
    }
  }

  private FileSystem fs(int retries) throws IOException {
    Configuration conf = new Configuration(false);
    conf.set("fs.http.impl", HttpFileSystem.class.getName());
    conf.setBoolean("fs.http.impl.disable.cache", true);
    conf.setInt(HttpFileSystem.RETRIES, retries);
    conf.setLong(HttpFileSystem.RETRY_INTERVAL_MS, 1);
    conf.setLong(HttpFileSystem.MAX_RETRY_INTERVAL_MS, 5);
    conf.setInt(HttpFileSystem.READ_TIMEOUT_MS, 5000);
    return FileSystem.get(URI.create(base()), conf);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private Path file() {
    return new Path(base() + "/crawl-data/CC-MAIN-2026-08/x.warc.gz");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "no faults, ''",
    "throttled HEADs and GET, 503;ok;429;ok;503",
    "body cut twice, ok;ok;cut;cut",
    "server error then cut, ok;ok;503;cut",
  })
  void readsExactBytesThroughFaults(String name, String faults) throws IOException {
    script = faults.isEmpty() ? List.of() : List.of(faults.split(";"));
    FileSystem fs = fs(5);
    assertEquals(DATA.length, fs.getFileStatus(file()).getLen());
    try (InputStream in = fs.open(file())) {
      assertArrayEquals(DATA, in.readAllBytes());
    }
  }

  @Test
  void resumesWithRangeFromTheByteWhereTheBodyBroke() throws IOException {
    script = List.of("ok", "cut");
    try (InputStream in = fs(3).open(file())) {
      assertArrayEquals(DATA, in.readAllBytes());
    }
    assertEquals("GET -", requests.get(1));
    assertTrue(requests.get(2).startsWith("GET bytes="), requests.toString());
    long resumedAt = Long.parseLong(requests.get(2).replaceAll("[^0-9]", ""));
    assertTrue(resumedAt > 0 && resumedAt < DATA.length, requests.toString());
  }

  @Test
  void seekReadsFromTheNewPosition() throws IOException {
    try (FSDataInputStream in = fs(0).open(file())) {
      in.seek(DATA.length - 10);
      byte[] tail = in.readAllBytes();
      assertEquals(10, tail.length);
      assertEquals(DATA[DATA.length - 1], tail[9]);
    }
  }

  @ParameterizedTest(name = "retries={0}")
  @CsvSource({"1, false", "2, true"})
  void givesUpAfterTheRetryLimit(int retries, boolean succeeds) throws IOException {
    script = List.of("ok", "503", "503");
    FileSystem fs = fs(retries);
    if (succeeds) {
      try (InputStream in = fs.open(file())) {
        assertArrayEquals(DATA, in.readAllBytes());
      }
    } else {
      try (InputStream in = fs.open(file())) {
        assertThrows(IOException.class, in::readAllBytes);
      }
    }
  }

  @Test
  void clientErrorIsNotRetried() throws IOException {
    script = List.of("401");
    IOException e = assertThrows(IOException.class, () -> fs(5).getFileStatus(file()));
    assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    assertEquals(1, requests.size(), "no retry of a 401");
  }

  @Test
  void missingFileIsNotFound() throws IOException {
    FileSystem fs = fs(5);
    Path missing = new Path(base() + "/crawl-data/missing.warc.gz");
    assertThrows(FileNotFoundException.class, () -> fs.getFileStatus(missing));
    assertFalse(fs.exists(missing));
  }

  @ParameterizedTest
  @CsvSource({
    "1, 0, 1000",
    "2, 0, 2000",
    "7, 0, 60000",
    "30, 0, 60000",
    "1, 5000, 5000",
    "1, 999999, 60000"
  })
  void backoffDoublesUpToTheCapAndHonoursRetryAfter(int attempt, long retryAfter, long wait) {
    HttpClientSettings s = new HttpClientSettings(20, 1000, 60_000, 1000, 1000, "t");
    assertEquals(wait, s.backoffMs(attempt, retryAfter));
  }

  @ParameterizedTest
  @CsvSource({
    "429, true",
    "503, true",
    "500, true",
    "403, true",
    "408, true",
    "404, false",
    "401, false",
    "400, false"
  })
  void retryableStatus(int code, boolean retryable) {
    assertEquals(retryable, RetryingHttpInputStream.retryable(code));
  }
}
