package org.crawlsieve.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Write options that switch one parquet-java feature off for some columns: its per-column form
 * {@code <setting>#<column path>} = {@code false}, which Spark hands to the writer from the write's
 * options (columns a table lacks are ignored by Parquet).
 */
final class ParquetColumnOptions {
  private ParquetColumnOptions() {}

  static Map<String, String> off(String setting, List<String> columns) {
    Map<String, String> options = new LinkedHashMap<>();
    for (String column : columns) {
      options.put(setting + "#" + column, "false");
    }
    return options;
  }
}
