package org.crawlsieve.jobs;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.CodeVersion;
import org.crawlsieve.warc.FailedInput;

/**
 * One pipeline run: the per-record pass over WARC files (stage 1, written to {@code _work/}), the
 * late stages that need a shuffle, then {@code documents/}, {@code decisions/}, {@code
 * failed_inputs/} and {@code stats.json}.
 */
public final class PipelineRun {
  /** SQL for the decision that settles a record: first exclusion, else last modify, else keep. */
  static final String DECISIVE =
      "coalesce("
          + "try_element_at(filter(decisions, d -> d.verdict IN ('drop', 'error')), 1), "
          + "try_element_at(filter(decisions, d -> d.verdict = 'modify'), -1), "
          + "named_struct('step', 'pipeline', 'verdict', 'keep', 'reason', CAST(NULL AS STRING), "
          + "'scores', CAST(NULL AS MAP<STRING, DOUBLE>), "
          + "'evidence', CAST(NULL AS MAP<STRING, STRING>)))";

  private final SparkSession spark;
  private final CrawlsieveConfig config;
  private final OutputLayout out;
  private final List<LateStage> lateStages;
  private final String configHash;
  private Double maxErrorRate;
  private boolean keepWork;
  private List<String> dependsOn = List.of();
  private List<FailedInput> earlierFailures = List.of();

  public PipelineRun(
      SparkSession spark, CrawlsieveConfig config, OutputLayout out, List<LateStage> lateStages) {
    this.spark = spark;
    this.config = config;
    this.out = out;
    this.lateStages = List.copyOf(lateStages);
    this.configHash = ConfigLoader.hash(config);
  }

  /** Abort after the per-record pass when more than this share of records errored (null: off). */
  public PipelineRun maxErrorRate(Double rate) {
    this.maxErrorRate = rate;
    return this;
  }

  /** Other inputs the outputs depend on (robots.txt WARCs): part of the finished-run check. */
  public PipelineRun alsoDependsOn(List<String> more) {
    this.dependsOn = List.copyOf(more);
    return this;
  }

  /**
   * Input files that failed before this run's own pass (robotstxt WARCs read for the robots table):
   * listed in {@code failed_inputs/} and stats.json beside the run's own.
   */
  public PipelineRun alsoFailed(List<FailedInput> failures) {
    this.earlierFailures = List.copyOf(failures);
    return this;
  }

  /** Keep {@code _work/} after success (by default it is removed once stats.json is written). */
  public PipelineRun keepWork(boolean keep) {
    this.keepWork = keep;
    return this;
  }

  public String configHash() {
    return configHash;
  }

  /** Runs everything over {@code inputs}; returns the stats written to stats.json. */
  public RunStats run(List<String> inputs) {
    List<String> digested = new ArrayList<>(inputs);
    dependsOn.forEach(d -> digested.add("+" + d));
    String inputsDigest = RunStats.inputsDigest(digested);
    RunStats previous =
        RunStats.readIfComplete(
            spark.sparkContext().hadoopConfiguration(), out.stats(), configHash, inputsDigest);
    if (previous != null) {
      return previous; // a rerun of a finished run is a no-op
    }
    long start = System.nanoTime();
    PerRecordPass.Result pass = new PerRecordPass(spark, config, out, configHash).run(inputs);
    long stage1Nanos = System.nanoTime() - start;

    Dataset<Row> stage1 =
        spark.read().schema(RecordSchema.STAGE1).parquet(pass.batchDirs().toArray(new String[0]));
    if (pass.foreignFiles()) {
      // a resumed run over fewer inputs: batches may hold files this run does not name
      stage1 = stage1.filter(col("warc_path").isin(inputs.toArray()));
    }
    Dataset<Row> records = stage1.filter(col("row_kind").equalTo(RecordRows.KIND_RECORD));
    if (maxErrorRate != null) {
      ErrorBudget.check(records, maxErrorRate);
    }
    Dataset<Row> files = stage1.filter(col("row_kind").equalTo(RecordRows.KIND_FILE));

    for (LateStage stage : lateStages) {
      stage.stage1(stage1);
    }
    Dataset<Row> narrow = records.drop("text");
    List<String> extras = new ArrayList<>();
    for (LateStage stage : lateStages) {
      spark.sparkContext().setJobDescription("late stage " + stage.name());
      Dataset<Row> candidates = narrow.filter(expr(DECISIVE + ".verdict IN ('keep', 'modify')"));
      String path = out.late() + "/" + stage.name();
      stage.decide(spark, candidates).write().mode(SaveMode.Overwrite).parquet(path);
      Dataset<Row> decided =
          spark
              .read()
              .parquet(path)
              .withColumnRenamed("id", "late_id")
              .withColumnRenamed("decision", "late_decision");
      narrow =
          narrow
              .join(decided, narrow.col("id").equalTo(decided.col("late_id")), "left")
              .withColumn(
                  "decisions",
                  when(col("late_decision").isNull(), col("decisions"))
                      .otherwise(concat(col("decisions"), array(col("late_decision")))))
              .drop("late_id", "late_decision");
      extras.addAll(stage.extraColumns());
    }
    Dataset<Row> settled =
        narrow
            .withColumn("final", expr(DECISIVE))
            .withColumn("config_hash", lit(configHash))
            .withColumn("code_version", lit(CodeVersion.get()));

    spark.sparkContext().setJobDescription("write decisions/");
    ParquetStatistics.withoutUniqueStatistics(
            ParquetDictionaries.withoutUniqueDictionaries(
                decisionsTable(settled).write().mode(SaveMode.Overwrite)))
        .parquet(out.decisions());
    Dataset<Row> decisions = spark.read().parquet(out.decisions());
    for (LateStage stage : lateStages) {
      stage.afterDecisions(spark, decisions);
    }

    spark.sparkContext().setJobDescription("write documents/");
    Dataset<Row> kept = settled.filter(col("final.verdict").isin("keep", "modify"));
    Dataset<Row> texts = records.select(col("id").as("text_id"), col("text"));
    Dataset<Row> documents =
        kept.join(texts, kept.col("id").equalTo(texts.col("text_id")), "inner").drop("text_id");
    ParquetStatistics.withoutUniqueStatistics(
            ParquetDictionaries.withoutUniqueDictionaries(
                documentsTable(documents, extras).write().mode(SaveMode.Overwrite)))
        .parquet(out.documents());

    spark.sparkContext().setJobDescription("failed inputs and stats");
    Dataset<Row> failed =
        files
            .filter(col("file_failed"))
            .select(
                col("warc_path").as("path"),
                col("file_failed_offset").as("offset"),
                col("file_records_read").as("records_read"),
                col("file_error").as("error"),
                lit(configHash).as("config_hash"));
    if (!earlierFailures.isEmpty()) {
      failed = failed.unionByName(failedRows(earlierFailures));
    }
    long failedCount = failed.count();
    if (failedCount > 0) {
      failed.coalesce(1).write().mode(SaveMode.Overwrite).parquet(out.failedInputs());
    }
    long documentsCount = spark.read().parquet(out.documents()).count();
    RunStats stats =
        RunStats.compute(
            config,
            configHash,
            inputs.size(),
            files,
            decisions,
            documentsCount,
            failed,
            stage1Nanos,
            System.nanoTime() - start,
            inputsDigest,
            pass);
    stats.write(spark.sparkContext().hadoopConfiguration(), out.stats());
    if (!keepWork) {
      deleteWork();
    }
    return stats;
  }

  private Dataset<Row> failedRows(List<FailedInput> failures) {
    List<Row> rows = new ArrayList<>();
    for (FailedInput f : failures) {
      rows.add(RowFactory.create(f.path(), f.offset(), f.recordsRead(), f.error(), configHash));
    }
    StructType schema =
        new StructType()
            .add("path", DataTypes.StringType)
            .add("offset", DataTypes.LongType)
            .add("records_read", DataTypes.LongType)
            .add("error", DataTypes.StringType)
            .add("config_hash", DataTypes.StringType);
    return spark.createDataFrame(rows, schema);
  }

  private void deleteWork() {
    try {
      org.apache.hadoop.fs.Path work = new org.apache.hadoop.fs.Path(out.work());
      work.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(work, true);
    } catch (java.io.IOException e) {
      // leftovers in _work/ cost disk, not correctness: the run is complete
    }
  }

  private static Dataset<Row> decisionsTable(Dataset<Row> settled) {
    return settled.select(
        col("id"),
        col("url"),
        col("host"),
        col("domain"),
        col("crawl").as("dump"),
        col("final.verdict").as("verdict"),
        col("final.step").as("step"),
        col("final.reason").as("reason"),
        col("final.evidence").as("evidence"),
        col("flags"),
        col("language"),
        col("language_score"),
        col("decisions"),
        col("warc_path"),
        col("warc_offset"),
        col("warc_length"),
        col("warc_date"),
        col("warc_type"),
        col("payload_digest"),
        col("http_status"),
        col("content_type"),
        col("truncated"),
        col("config_hash"),
        col("code_version"));
  }

  private static Dataset<Row> documentsTable(Dataset<Row> docs, List<String> extras) {
    List<Column> cols = new ArrayList<>();
    cols.add(col("text"));
    cols.add(col("id"));
    cols.add(col("crawl").as("dump"));
    cols.add(col("url"));
    cols.add(date_format(col("warc_date"), "yyyy-MM-dd'T'HH:mm:ss'Z'").as("date"));
    cols.add(col("warc_path").as("file_path"));
    cols.add(col("language"));
    cols.add(col("language_score"));
    cols.add(col("token_count"));
    cols.add(col("host"));
    cols.add(col("domain"));
    cols.add(col("title"));
    cols.add(col("license"));
    cols.add(col("pii_counts"));
    cols.add(col("scores"));
    cols.add(col("flags"));
    for (String extra : extras) {
      cols.add(col(extra));
    }
    cols.add(col("warc_path"));
    cols.add(col("warc_offset"));
    cols.add(col("warc_length"));
    cols.add(col("warc_date"));
    cols.add(col("payload_digest"));
    cols.add(col("content_type"));
    cols.add(col("http_status"));
    cols.add(col("config_hash"));
    cols.add(col("code_version"));
    return docs.select(cols.toArray(new Column[0]));
  }
}
