package org.crawlsieve.jobs.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code domains-excluded.csv}: every registered domain with at least one document excluded for
 * consent (an opt-out signal) or by a takedown, with the counts and the evidence of its first such
 * exclusion, so a site owner can check their domain without reading Parquet.
 */
final class ExcludedDomains {
  static final List<String> HEADER =
      List.of(
          "domain",
          "documents_excluded",
          "documents_kept",
          "reasons",
          "signal",
          "agent",
          "line",
          "capture_date");

  private ExcludedDomains() {}

  /** Per domain: excluded, kept, reasons ("reason:n;..."), first evidence; sorted by domain. */
  static Dataset<Row> compute(Dataset<Row> decisions) {
    Dataset<Row> d =
        decisions.withColumn(
            "_optout",
            col("verdict")
                .equalTo("drop")
                .and(
                    col("reason")
                        .startsWith("consent.")
                        .or(col("reason").startsWith("takedown."))));
    Dataset<Row> perReason =
        d.filter(col("_optout"))
            .groupBy(col("domain"), col("reason"))
            .agg(
                count(lit(1)).as("n"),
                first(col("evidence").getItem("signal"), true).as("signal"),
                first(col("evidence").getItem("agent"), true).as("agent"),
                first(col("evidence").getItem("line"), true).as("line"),
                first(col("evidence").getItem("capture_date"), true).as("capture_date"));
    Dataset<Row> reasons =
        perReason
            .orderBy(col("domain"), col("n").desc(), col("reason"))
            .groupBy(col("domain"))
            .agg(
                sum(col("n")).as("documents_excluded"),
                concat_ws(
                        ";",
                        collect_list(
                            org.apache.spark.sql.functions.concat(
                                col("reason"), lit(":"), col("n").cast("string"))))
                    .as("reasons"),
                first(col("signal"), true).as("signal"),
                first(col("agent"), true).as("agent"),
                first(col("line"), true).as("line"),
                first(col("capture_date"), true).as("capture_date"));
    Dataset<Row> kept =
        d.groupBy(col("domain").as("k_domain"))
            .agg(
                sum(when(col("verdict").isin("keep", "modify"), 1).otherwise(0))
                    .as("documents_kept"));
    return reasons
        .join(kept, reasons.col("domain").equalTo(kept.col("k_domain")), "left")
        .select(
            HEADER.stream()
                .map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new))
        .orderBy(col("domain"));
  }

  /** Writes the CSV (streamed from Spark); returns its data rows. */
  static long write(SnapshotFs fs, Dataset<Row> table, Path file) {
    long rows = 0;
    try (OutputStream os = fs.fs(file).create(file, true);
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8)) {
      w.write(String.join(",", HEADER));
      w.write('\n');
      Iterator<Row> it = table.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < HEADER.size(); i++) {
          if (i > 0) {
            line.append(',');
          }
          line.append(Csv.field(r.isNullAt(i) ? "" : String.valueOf(r.get(i))));
        }
        w.write(line.append('\n').toString());
        rows++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return rows;
  }
}
