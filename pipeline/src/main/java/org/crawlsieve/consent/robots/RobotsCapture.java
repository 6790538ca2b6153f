package org.crawlsieve.consent.robots;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * One fetch of a robots.txt file (or of another site file such as {@code /.well-known/tdmrep.json},
 * which has the same shape), as found in a crawl's robotstxt or crawldiagnostics WARC files.
 *
 * @param origin {@code scheme://host[:port]}, the scope the file governs (RFC 9309)
 * @param url the fetched URL
 * @param crawl crawl id ({@code CC-MAIN-2024-10}), or null
 * @param fetchDate WARC-Date of the capture, or null
 * @param status HTTP status; 0 when the server could not be reached
 * @param location redirect target (the Location header, as written), or null
 * @param contentType media type of the body, lower-cased, or null
 * @param body the body, at most the configured bound
 * @param bodyCut true when the body was longer than the bound
 * @param recordId WARC-Record-ID of the capture
 * @param warcPath the WARC file it came from
 */
public record RobotsCapture(
    String origin,
    String url,
    String crawl,
    Instant fetchDate,
    int status,
    String location,
    String contentType,
    byte[] body,
    boolean bodyCut,
    String recordId,
    String warcPath)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public RobotsCapture {
    body = body == null ? new byte[0] : body;
  }

  /** Identity of a capture for caches and tie-breaks: its record id, else URL and date. */
  public String key() {
    return recordId != null ? recordId : url + "@" + fetchDate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RobotsCapture c
        && status == c.status
        && bodyCut == c.bodyCut
        && Objects.equals(origin, c.origin)
        && Objects.equals(url, c.url)
        && Objects.equals(crawl, c.crawl)
        && Objects.equals(fetchDate, c.fetchDate)
        && Objects.equals(location, c.location)
        && Objects.equals(contentType, c.contentType)
        && Arrays.equals(body, c.body)
        && Objects.equals(recordId, c.recordId)
        && Objects.equals(warcPath, c.warcPath);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, url, fetchDate, status, recordId) * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "RobotsCapture[" + url + " " + status + " " + fetchDate + " " + recordId + "]";
  }
}
