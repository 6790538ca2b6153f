package org.crawlsieve.jobs.publish;

/**
 * One line of a snapshot's {@code tombstones.jsonl}. A {@code record} line names one removed
 * document (id, url, domain); a {@code domain} or {@code url} line is the takedown request itself,
 * so documents of that domain or URL are also dropped from later runs, whatever their id.
 *
 * @param kind {@code record}, {@code domain} or {@code url}
 * @param removedAt ISO-8601 instant of the takedown
 * @param request what was asked, e.g. {@code domain:example.com} or {@code url-list:list.txt}
 */
public record Tombstone(
    String kind,
    String id,
    String url,
    String domain,
    String removedAt,
    String reason,
    String request) {
  public static final String RECORD = "record";
  public static final String DOMAIN = "domain";
  public static final String URL = "url";
}
