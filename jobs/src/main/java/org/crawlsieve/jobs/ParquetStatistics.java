package org.crawlsieve.jobs;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Row;

/**
 * Parquet column statistics, switched off for the long or unique-per-record columns, where they
 * cost time and skip nothing.
 *
 * <p>For every value parquet-java updates the column chunk's and the page's min/max (a byte-wise
 * comparison of the whole value against both, and a copy of the value whenever it becomes the new
 * min or max: for {@code text} a page's text), the size statistics and, per page, the column index.
 * On hashes, ids, URLs and texts no filter can use a min/max range, so stage-1 writes them without:
 * parquet-java 1.17's per-column setting {@code parquet.column.statistics.enabled#<column path>}
 * (min/max, null count and the column index), which Spark hands to the writer from the write's
 * options, as {@link ParquetDictionaries} does for dictionaries. (The size statistics, a byte count
 * per value, stay: their per-column switch set the same way left the footer unchanged.) Columns
 * filters do use (dates, offsets, language, host, verdicts…) keep their statistics. Readers are
 * unaffected: a chunk without statistics is simply never skipped.
 */
final class ParquetStatistics {
  /** Column paths (Parquet's dotted form: a list's values are {@code <name>.list.element}). */
  static final List<String> UNIQUE_COLUMNS =
      List.of(
          "id",
          "url",
          "payload_digest",
          "text",
          "title",
          "text_hash",
          "minhash.list.element",
          "site_file_body");

  private ParquetStatistics() {}

  /** The write options that switch statistics off for {@link #UNIQUE_COLUMNS}. */
  static Map<String, String> options() {
    return ParquetColumnOptions.off("parquet.column.statistics.enabled", UNIQUE_COLUMNS);
  }

  /** {@code writer} with {@link #options()} (columns the table lacks are ignored by Parquet). */
  static DataFrameWriter<Row> withoutUniqueStatistics(DataFrameWriter<Row> writer) {
    return writer.options(options());
  }
}
