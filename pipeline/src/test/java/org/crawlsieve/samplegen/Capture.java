package org.crawlsieve.samplegen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One planned fetch of the sample: what the server sent and the ground truth about it. Built up by
 * the plan, then written by {@link WarcOut}; the record ids are fixed before writing so that traits
 * can point at other captures.
 */
final class Capture {
  final Site site;
  final String path;
  final String url;
  Instant date;
  int file;
  int status = 200;

  /** Content-Type header value as sent, or null to send none. */
  String contentType;

  /** The entity body as the server meant it (before content and transfer encodings). */
  byte[] entity = new byte[0];

  final List<String[]> extraHeaders = new ArrayList<>();
  boolean gzip;
  boolean chunked;

  /** When set, the WARC block is cut to this fraction of the HTTP body (WARC-Truncated: length). */
  double truncateBodyAt = -1;

  /** Language of the text, or null for documents without text. */
  String language;

  String title;

  /** Ground truth for expected.json: trait name to value (string, number, list or map). */
  final Map<String, Object> traits = new TreeMap<>();

  String recordId;
  String requestId;
  String metadataId;

  Capture(Site site, String path, Instant date) {
    this.site = site;
    this.path = path;
    this.url = site.url(path);
    this.date = date;
  }

  String host() {
    return site.host();
  }

  Capture header(String name, String value) {
    extraHeaders.add(new String[] {name, value});
    return this;
  }

  @SuppressWarnings("unchecked")
  void addToList(String trait, String value) {
    List<String> l = (List<String>) traits.computeIfAbsent(trait, k -> new ArrayList<String>());
    if (!l.contains(value)) {
      l.add(value);
    }
  }
}
