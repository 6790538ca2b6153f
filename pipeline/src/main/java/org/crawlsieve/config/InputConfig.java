package org.crawlsieve.config;

/**
 * How inputs are found and bounded.
 *
 * @param pathsPrefix prefix for relative paths in a {@code warc.paths.gz} listing
 * @param maxRecordBytes largest HTTP payload read per record; longer ones are cut and flagged
 * @param maxDecodedBytes largest payload after Content-Encoding decoding (gzip-bomb bound)
 */
public record InputConfig(String pathsPrefix, Long maxRecordBytes, Long maxDecodedBytes) {
  public InputConfig {
    pathsPrefix = pathsPrefix == null ? "s3a://commoncrawl/" : pathsPrefix;
    maxRecordBytes = maxRecordBytes == null ? 10L * 1024 * 1024 : maxRecordBytes;
    maxDecodedBytes = maxDecodedBytes == null ? 20L * 1024 * 1024 : maxDecodedBytes;
    Checks.positive("input.max_record_bytes", maxRecordBytes);
    Checks.positive("input.max_decoded_bytes", maxDecodedBytes);
  }

  public static InputConfig defaults() {
    return new InputConfig(null, null, null);
  }
}
