package org.crawlsieve.dist;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * A run's outputs reduced to what must not depend on where it ran: every record's id with its
 * settling decision, and every kept document's id with its token count.
 */
record RunOutputs(List<String> decisions, List<String> documents) {
  /** Reads {@code decisions/} and {@code documents/} under {@code root} (any Hadoop path). */
  static RunOutputs read(SparkSession spark, String root) {
    List<String> decisions =
        spark
            .read()
            .parquet(root + "/decisions")
            .select(
                concat_ws(
                    "|", col("id"), col("verdict"), col("step"), coalesce(col("reason"), lit("-"))))
            .as(Encoders.STRING())
            .collectAsList();
    List<String> documents =
        spark
            .read()
            .parquet(root + "/documents")
            .select(concat_ws("|", col("id"), col("token_count").cast("string")))
            .as(Encoders.STRING())
            .collectAsList();
    return new RunOutputs(
        decisions.stream().sorted().toList(), documents.stream().sorted().toList());
  }
}
