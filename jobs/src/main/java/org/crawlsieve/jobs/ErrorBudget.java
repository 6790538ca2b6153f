package org.crawlsieve.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code --max-error-rate} check after the per-record pass: a run whose share of records that
 * ended in an {@code error} decision is above the budget stops before writing outputs, with the top
 * errors and an example record of each.
 */
final class ErrorBudget {
  private ErrorBudget() {}

  /** Thrown when the budget is exceeded; its message is the report. */
  static final class ExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExceededException(String report) {
      super(report);
    }
  }

  static void check(Dataset<Row> records, double maxRate) {
    Dataset<Row> errors =
        records
            .withColumn("err", expr("filter(decisions, d -> d.verdict = 'error')[0]"))
            .filter(col("err").isNotNull());
    long total = records.count();
    long failed = errors.count();
    double rate = total == 0 ? 0 : (double) failed / total;
    if (rate <= maxRate) {
      return;
    }
    List<Row> top =
        errors
            .groupBy(col("err.reason"))
            .agg(
                org.apache.spark.sql.functions.count("*").as("n"),
                org.apache.spark.sql.functions.first(col("url")).as("url"),
                org.apache.spark.sql.functions.first(col("warc_path")).as("warc_path"),
                org.apache.spark.sql.functions.first(col("warc_offset")).as("warc_offset"),
                org.apache.spark.sql.functions.first(col("err.evidence")).as("evidence"))
            .orderBy(col("n").desc())
            .limit(10)
            .collectAsList();
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "error rate %.4f (%d of %d records) exceeds --max-error-rate %s; top errors:",
            rate, failed, total, maxRate));
    for (Row r : top) {
      sb.append(
          String.format(
              "%n  %-28s %,d  e.g. %s (%s@%s) %s",
              r.getString(0),
              r.getLong(1),
              r.getString(2),
              r.getString(3),
              r.get(4),
              r.isNullAt(5) ? "" : r.getJavaMap(5)));
    }
    throw new ExceededException(sb.toString());
  }
}
