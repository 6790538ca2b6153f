package org.crawlsieve.core;

import java.time.Instant;

/**
 * Where a record came from: enough to fetch it again with one HTTP range request ({@code warcPath},
 * {@code warcOffset}, {@code warcLength}) and to cite it.
 *
 * @param crawl crawl id such as {@code CC-MAIN-2024-10}, from the path or warcinfo; may be null
 * @param warcPath the WARC file as given to the run (local path, s3a:// or https:// URI)
 * @param warcOffset byte offset of the record in the (compressed) file
 * @param warcLength compressed length of the record in bytes
 * @param recordId WARC-Record-ID, e.g. {@code <urn:uuid:...>}
 * @param warcDate WARC-Date; null when missing or malformed
 * @param targetUri WARC-Target-URI as written (may be unparseable)
 * @param payloadDigest WARC-Payload-Digest, e.g. {@code sha1:...}; may be null
 * @param httpStatus HTTP status code; 0 for non-HTTP records
 * @param contentType media type of the payload (from HTTP or the record), without parameters
 * @param truncated WARC-Truncated reason (length, time, disconnect, unspecified) or null
 */
public record Provenance(
    String crawl,
    String warcPath,
    long warcOffset,
    long warcLength,
    String recordId,
    Instant warcDate,
    String targetUri,
    String payloadDigest,
    int httpStatus,
    String contentType,
    String truncated) {

  public Provenance withLength(long length) {
    return new Provenance(
        crawl,
        warcPath,
        warcOffset,
        length,
        recordId,
        warcDate,
        targetUri,
        payloadDigest,
        httpStatus,
        contentType,
        truncated);
  }
}
