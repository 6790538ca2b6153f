package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.unix_micros;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.crawlsieve.dedup.DedupConfig;

/**
 * The keep rule as one orderable column: a struct whose smallest value, in Spark's lexicographic
 * struct order, is the document to keep. Fields: {@code prior} (0 for signatures of earlier runs,
 * which always win, 1 for this run's documents), then one field per {@code dedup.keep_rule}
 * criterion, then {@code id} as the final tie-break. A missing score or date maps to the largest
 * value so that it ranks last; every field is non-null, so the order is total and the choice does
 * not depend on partitioning or arrival order.
 */
final class KeepRank {
  static final String COLUMN = "keep_rank";

  private KeepRank() {}

  /** The rank struct over columns {@code prior, quality_score, warc_date, id}. */
  static Column of(DedupConfig config) {
    List<Column> fields = new ArrayList<>();
    fields.add(col("prior").as("prior"));
    int i = 0;
    for (String criterion : config.keepRule()) {
      fields.add(criterion(criterion).as("k" + i++));
    }
    fields.add(col("id").as("id"));
    return struct(fields.toArray(new Column[0]));
  }

  /**
   * Orders the captures of one URL: newest first, then the keep rank. Like the rank itself it has a
   * field {@code id} naming the row (last, so it never decides the order).
   */
  static Column newestCapture() {
    return struct(
        criterion(DedupConfig.KEEP_NEWEST).as("date"), col(COLUMN).as("rank"), col("id").as("id"));
  }

  private static Column criterion(String name) {
    Column micros = unix_micros(col("warc_date"));
    switch (name) {
      case DedupConfig.KEEP_HIGHEST_QUALITY:
        return coalesce(negate(col("quality_score")), lit(Double.POSITIVE_INFINITY));
      case DedupConfig.KEEP_LOWEST_QUALITY:
        return coalesce(col("quality_score"), lit(Double.POSITIVE_INFINITY));
      case DedupConfig.KEEP_NEWEST:
        return coalesce(negate(micros), lit(Long.MAX_VALUE));
      case DedupConfig.KEEP_OLDEST:
        return coalesce(micros, lit(Long.MAX_VALUE));
      default:
        throw new IllegalArgumentException("unknown keep rule criterion " + name);
    }
  }
}
