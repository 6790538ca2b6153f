package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.consent.SharedData;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class RobotsWarcReaderTest {

  @Test
  void readsRobotsCapturesOfACommonCrawlStyleWarc() throws IOException {
    ByteArrayOutputStream warc = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(warc), WarcCompression.GZIP)) {
      w.write(response("https://a.test/robots.txt", "200 OK", "", "User-agent: *\nDisallow: /x\n"));
      w.write(
          response(
              "http://b.test/robots.txt",
              "301 Moved Permanently",
              "Location: https://b.test/robots.txt\r\n",
              ""));
      w.write(response("https://c.test/robots.txt", "404 Not Found", "", "not here"));
      w.write(response("https://a.test/page.html", "200 OK", "", "<html></html>"));
      w.write(response("https://d.test:8443/robots.txt", "200 OK", "", "x".repeat(100)));
    }
    List<RobotsCapture> captures = new ArrayList<>();
    try (RobotsWarcReader r =
        new RobotsWarcReader(
            new ByteArrayInputStream(warc.toByteArray()),
            "crawl-data/CC-MAIN-2024-10/segments/1/robotstxt/r.warc.gz",
            warc.size(),
            InputConfig.defaults(),
            64,
            true)) {
      r.forEachRemaining(captures::add);
      assertEquals(1, r.skipped());
      assertNull(r.failure());
    }
    assertEquals(4, captures.size());
    RobotsCapture a = captures.get(0);
    assertEquals("https://a.test", a.origin());
    assertEquals(200, a.status());
    assertEquals("CC-MAIN-2024-10", a.crawl());
    assertEquals(Instant.parse("2024-03-01T10:00:00Z"), a.fetchDate());
    assertTrue(a.recordId().startsWith("<urn:uuid:"));
    assertEquals("User-agent: *\nDisallow: /x\n", new String(a.body(), StandardCharsets.UTF_8));
    assertFalse(a.bodyCut());
    RobotsCapture b = captures.get(1);
    assertEquals(301, b.status());
    assertEquals("https://b.test/robots.txt", b.location());
    assertEquals(404, captures.get(2).status());
    RobotsCapture d = captures.get(3);
    assertEquals("https://d.test:8443", d.origin());
    assertEquals(64, d.body().length);
    assertTrue(d.bodyCut());
  }

  private static WarcResponse response(String url, String status, String headers, String body) {
    String http =
        "HTTP/1.1 "
            + status
            + "\r\nContent-Type: text/plain\r\n"
            + headers
            + "Content-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n"
            + body;
    return new WarcResponse.Builder(URI.create(url))
        .date(Instant.parse("2024-03-01T10:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** CI-only: a real Heritrix WARC holding robots.txt fetches of 38 hosts (33 answered 200). */
  @Test
  void realWarcRobotsCaptures() throws IOException {
    Path warc = SharedData.require("data/warc/aut/example.warc.gz");
    List<RobotsCapture> captures = new ArrayList<>();
    try (InputStream in = Files.newInputStream(warc);
        RobotsWarcReader r =
            new RobotsWarcReader(
                in,
                warc.toString(),
                Files.size(warc),
                InputConfig.defaults(),
                RobotsParser.DEFAULT_MAX_BYTES,
                true)) {
      r.forEachRemaining(captures::add);
    }
    Set<String> origins = new HashSet<>();
    long ok = 0;
    for (RobotsCapture c : captures) {
      origins.add(c.origin());
      ok += c.status() == 200 ? 1 : 0;
    }
    assertEquals(38, origins.size(), "origins " + origins);
    assertEquals(33, ok);
    RobotsParser parser = new RobotsParser();
    for (RobotsCapture c : captures) {
      parser.parse(c.body()).check("GPTBot", c.origin() + "/");
    }
  }
}
