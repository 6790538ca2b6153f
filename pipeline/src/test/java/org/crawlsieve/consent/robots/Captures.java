package org.crawlsieve.consent.robots;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.crawlsieve.core.Urls;

/** Builds captures for tests. */
final class Captures {
  private Captures() {}

  static RobotsCapture of(String url, int status, String body) {
    return of(url, status, body, null, "CC-MAIN-2024-10", "2024-03-01T00:00:00Z");
  }

  static RobotsCapture redirect(String url, String location) {
    return of(url, 301, "", location, "CC-MAIN-2024-10", "2024-03-01T00:00:00Z");
  }

  static RobotsCapture of(
      String url, int status, String body, String location, String crawl, String date) {
    return new RobotsCapture(
        Urls.origin(url),
        url,
        crawl,
        date == null ? null : Instant.parse(date),
        status,
        location,
        "text/plain",
        body.replace("|", "\n").getBytes(StandardCharsets.UTF_8),
        false,
        "<urn:uuid:" + url.hashCode() + "-" + status + "-" + date + ">",
        "robots.warc.gz");
  }
}
