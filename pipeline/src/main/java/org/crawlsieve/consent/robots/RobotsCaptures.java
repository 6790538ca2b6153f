package org.crawlsieve.consent.robots;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crawlsieve.core.Urls;
import org.crawlsieve.warc.RawRecord;

/** Turns WARC records of robots.txt fetches into {@link RobotsCapture}s. */
public final class RobotsCaptures {
  private RobotsCaptures() {}

  /**
   * The capture a record holds, or empty when it is not an HTTP response with a usable URL. Bodies
   * are cut to {@code maxBytes}; records the reader could not parse become status-0 (unreachable)
   * captures, since a crawler could not have read them either.
   */
  public static Optional<RobotsCapture> fromRecord(RawRecord raw, int maxBytes) {
    String url = raw.provenance().targetUri();
    if (url != null && url.startsWith("<") && url.endsWith(">")) {
      url = url.substring(1, url.length() - 1);
    }
    String origin = Urls.origin(url);
    if (origin == null || !"response".equals(raw.warcType())) {
      return Optional.empty();
    }
    byte[] payload = raw.payload() == null ? new byte[0] : raw.payload();
    boolean cut =
        payload.length > maxBytes
            || raw.flags().contains("warc.payload_cut")
            || raw.flags().contains("http.decoded_cut");
    byte[] body = payload.length > maxBytes ? Arrays.copyOf(payload, maxBytes) : payload;
    int status = raw.readError() != null ? 0 : raw.provenance().httpStatus();
    List<String> location = raw.headers().get("location");
    return Optional.of(
        new RobotsCapture(
            origin,
            url,
            raw.provenance().crawl(),
            raw.provenance().warcDate(),
            status,
            location == null || location.isEmpty() ? null : location.get(0).strip(),
            raw.provenance().contentType(),
            body,
            cut,
            raw.provenance().recordId(),
            raw.provenance().warcPath()));
  }

  /**
   * The key captures are looked up by: origin plus path (query kept, fragment dropped), so {@code
   * HTTP://Example.com:80/robots.txt} and {@code http://example.com/robots.txt} meet.
   */
  public static String urlKey(String url) {
    String origin = Urls.origin(url);
    if (origin == null) {
      return url == null ? "" : url.strip();
    }
    return origin + RobotsPaths.pathOf(url);
  }

  /** The robots.txt URL that governs {@code pageUrl}: its origin plus {@code /robots.txt}. */
  public static String robotsUrlFor(String pageUrl) {
    String origin = Urls.origin(pageUrl);
    return origin == null ? null : origin + "/robots.txt";
  }

  /** True when the URL's path is {@code /robots.txt} (a robotstxt WARC also holds other URLs). */
  public static boolean isRobotsUrl(String url) {
    String path = RobotsPaths.pathOf(url);
    int q = path.indexOf('?');
    return (q < 0 ? path : path.substring(0, q)).toLowerCase(Locale.ROOT).equals("/robots.txt");
  }
}
