package org.crawlsieve.jobs;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;

/**
 * Parquet dictionary encoding, switched off for the columns whose values almost never repeat.
 *
 * <p>Parquet tries a dictionary for every column chunk and falls back to plain encoding only when
 * the dictionary outgrows its page, so a unique-per-record column pays a hash and an equality check
 * per value (on a page's whole text, or on each of the 112 MinHash values) for nothing: in a JFR
 * profile of the per-record pass, dictionary maps were most of Parquet's 6 % of the samples. Low
 * cardinality columns (host, language, verdict, reason, content type…) keep their dictionaries,
 * where they pay for themselves. Applied through parquet-hadoop's per-column setting {@code
 * parquet.enable.dictionary#<column path>}, which Spark hands to the writer from the write's
 * options.
 */
final class ParquetDictionaries {
  /** Column paths (Parquet's dotted form: a list's values are {@code <name>.list.element}). */
  static final List<String> UNIQUE_COLUMNS =
      List.of(
          "id",
          "url",
          "warc_offset",
          "warc_length",
          "warc_date",
          "payload_digest",
          "text",
          "title",
          "text_hash",
          "minhash.list.element",
          "site_file_body");

  private ParquetDictionaries() {}

  /** The write options that switch the dictionary off for {@link #UNIQUE_COLUMNS}. */
  static Map<String, String> options() {
    return ParquetColumnOptions.off("parquet.enable.dictionary", UNIQUE_COLUMNS);
  }

  /** {@code writer} with {@link #options()} (columns the table lacks are ignored by Parquet). */
  static DataFrameWriter<Row> withoutUniqueDictionaries(DataFrameWriter<Row> writer) {
    return writer.options(options());
  }
}
