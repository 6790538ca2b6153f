package org.crawlsieve.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How inputs are found and bounded.
 *
 * @param pathsPrefix prefix for relative paths in a {@code warc.paths.gz} listing
 * @param maxRecordBytes largest HTTP payload read per record; longer ones are cut and flagged
 * @param maxDecodedBytes largest payload after Content-Encoding decoding (gzip-bomb bound)
 * @param tombstones tombstone lists ({@code tombstones.jsonl} of published snapshots, or their
 *     snapshot directories) whose ids, URLs and domains the run drops as {@code takedown.removed};
 *     left out of the config hash when empty, so configs without takedowns keep their hash
 */
public record InputConfig(
    String pathsPrefix,
    Long maxRecordBytes,
    Long maxDecodedBytes,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tombstones) {
  public InputConfig {
    pathsPrefix = pathsPrefix == null ? "s3a://commoncrawl/" : pathsPrefix;
    maxRecordBytes = maxRecordBytes == null ? 10L * 1024 * 1024 : maxRecordBytes;
    maxDecodedBytes = maxDecodedBytes == null ? 20L * 1024 * 1024 : maxDecodedBytes;
    tombstones = tombstones == null ? List.of() : List.copyOf(tombstones);
    Checks.positive("input.max_record_bytes", maxRecordBytes);
    Checks.positive("input.max_decoded_bytes", maxDecodedBytes);
  }

  /** Without tombstones (the form most callers and tests use). */
  public InputConfig(String pathsPrefix, Long maxRecordBytes, Long maxDecodedBytes) {
    this(pathsPrefix, maxRecordBytes, maxDecodedBytes, null);
  }

  public static InputConfig defaults() {
    return new InputConfig(null, null, null, null);
  }
}
