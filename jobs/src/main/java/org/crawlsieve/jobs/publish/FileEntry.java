package org.crawlsieve.jobs.publish;

/**
 * One file of a snapshot as its manifest lists it.
 *
 * @param path relative to the snapshot directory, with {@code /}
 * @param rows Parquet rows, CSV data lines (header excluded) or JSON lines; null for other files
 * @param bytes file length
 * @param sha256 hex SHA-256 of the bytes
 * @param language the language partition of a data file, else null
 */
public record FileEntry(String path, Long rows, long bytes, String sha256, String language) {}
