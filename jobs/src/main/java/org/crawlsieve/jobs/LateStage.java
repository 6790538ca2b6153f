package org.crawlsieve.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A stage that needs a shuffle (robots.txt join, dedup). It sees the records still kept after the
 * per-record pass (and after earlier late stages) and returns {@code (id, decision)} rows, where
 * {@code decision} has the {@link RecordSchema#DECISION} struct; records it does not mention keep
 * their state. It may also return extra columns for kept documents via {@link #extraColumns}.
 */
public interface LateStage {
  String name();

  /**
   * @param candidates stage-1 rows of records not excluded so far (all stage-1 columns)
   * @return rows with columns {@code id} and {@code decision} (struct), plus {@link #extraColumns}
   */
  Dataset<Row> decide(SparkSession spark, Dataset<Row> candidates);

  /**
   * Called once {@code decisions/} is written, for outputs that need every record's final state
   * (the consent stage's {@code domains/} audit).
   */
  default void afterDecisions(SparkSession spark, Dataset<Row> decisions) {}

  /**
   * Called once before {@link #decide}, with every committed stage-1 row of the run (records, file
   * summaries and other row kinds), for stages that need more than the candidates.
   */
  default void stage1(Dataset<Row> stage1) {}

  /** Extra columns (besides id, decision) its output carries to the documents table. */
  default java.util.List<String> extraColumns() {
    return java.util.List.of();
  }
}
