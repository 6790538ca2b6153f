package org.crawlsieve.config;

/**
 * How outputs are written.
 *
 * @param compression Parquet codec: zstd, snappy, gzip or none
 */
public record OutputConfig(String compression) {
  public OutputConfig {
    compression = compression == null ? "zstd" : compression;
    Checks.oneOf("output.compression", compression, "zstd", "snappy", "gzip", "none");
  }

  public static OutputConfig defaults() {
    return new OutputConfig(null);
  }
}
