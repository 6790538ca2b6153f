package org.crawlsieve.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.crawlsieve.config.Stages;
import org.crawlsieve.dedup.DedupConfig;
import org.crawlsieve.jobs.dedup.Deduplicator;

/**
 * The dedup stage of a run: URL, exact and MinHash near-duplicates among the records every earlier
 * stage kept. Also saves the kept documents' signatures under {@code signatures/}, so a later run
 * can dedup against this one (incremental mode).
 */
final class DedupStage implements LateStage {
  private final DedupConfig config;
  private final OutputLayout out;

  DedupStage(DedupConfig config, OutputLayout out) {
    this.config = config;
    this.out = out;
  }

  @Override
  public String name() {
    return Stages.DEDUP;
  }

  @Override
  public List<String> extraColumns() {
    return List.of("minhash_cluster_id", "minhash_cluster_size");
  }

  @Override
  public Dataset<Row> decide(SparkSession spark, Dataset<Row> records) {
    Dataset<Row> candidates =
        records.select(
            col("id"),
            col("url"),
            col("warc_date"),
            col("text_hash"),
            col("minhash"),
            col("scores").getItem("quality_score").cast(DataTypes.DoubleType).as("quality_score"));
    // intermediate rounds and the decisions go to Parquet under _work/ (removed with it at the end
    // of the run): reliable on a cluster, and no SparkContext checkpoint directory to set
    Dataset<Row> decided = new Deduplicator(out.work() + "/dedup").apply(spark, candidates, config);
    Deduplicator.signaturesToSave(candidates, decided)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out.signatures());
    return decided.select(
        col("id"),
        struct(
                lit(Stages.DEDUP).as("step"),
                when(col("dedup_reason").isNull(), lit("keep"))
                    .otherwise(lit("drop"))
                    .as("verdict"),
                col("dedup_reason").as("reason"),
                lit(null).cast("map<string,double>").as("scores"),
                when(col("dedup_reason").isNull(), lit(null).cast("map<string,string>"))
                    .otherwise(map(lit("kept_id"), col("dedup_kept_id")))
                    .as("evidence"))
            .as("decision"),
        col("minhash_cluster_id"),
        col("minhash_cluster_size"));
  }
}
