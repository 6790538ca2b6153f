package org.crawlsieve.dist;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a folder over HTTP on 127.0.0.1 as data.commoncrawl.org would (HEAD, GET, {@code Range:
 * bytes=N-}), and misbehaves on purpose: the first GET of each file answers 503 Slow Down, the
 * second sends half the body and ends. Clients must retry and resume to get whole files.
 */
final class FlakyFileServer implements AutoCloseable {
  private final HttpServer server;
  private final Path root;
  private final Set<String> throttled = ConcurrentHashMap.newKeySet();
  private final Set<String> cut = ConcurrentHashMap.newKeySet();
  final AtomicInteger faults = new AtomicInteger();

  FlakyFileServer(Path root, String prefix) throws IOException {
    this.root = root;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(prefix, ex -> serve(ex, prefix));
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void serve(HttpExchange ex, String prefix) throws IOException {
    String rel = ex.getRequestURI().getPath().substring(prefix.length());
    Path file = root.resolve(rel).normalize();
    if (rel.contains("..") || !Files.isRegularFile(file)) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    byte[] data = Files.readAllBytes(file);
    if (ex.getRequestMethod().equals("HEAD")) {
      ex.getResponseHeaders().add("Content-Length", Integer.toString(data.length));
      ex.sendResponseHeaders(200, -1);
      ex.close();
      return;
    }
    boolean warc = rel.endsWith(".warc.gz");
    if (warc && throttled.add(rel)) {
      faults.incrementAndGet();
      ex.getResponseHeaders().add("Retry-After", "1");
      ex.sendResponseHeaders(503, -1);
      ex.close();
      return;
    }
    String range = ex.getRequestHeaders().getFirst("Range");
    int from = range == null ? 0 : Integer.parseInt(range.substring(6, range.length() - 1));
    int status = range == null ? 200 : 206;
    if (warc && cut.add(rel)) {
      faults.incrementAndGet();
      ex.sendResponseHeaders(status, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(data, from, (data.length - from) / 2);
      }
      return;
    }
    ex.sendResponseHeaders(status, data.length - from);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(data, from, data.length - from);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
