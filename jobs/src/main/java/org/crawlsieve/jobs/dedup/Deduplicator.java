package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.crawlsieve.dedup.DedupConfig;

/**
 * The dedup stage on Spark: URL dedup (same URL: keep the newest capture), then exact dedup (same
 * normalised-text hash), then MinHash near dedup (LSH buckets, star edges, distributed connected
 * components). In each group the document with the smallest {@link KeepRank} is kept. Every other
 * document gets a reason and the id of the document finally kept for it.
 *
 * <p>Incremental mode ({@code dedup.incremental_signatures}): signatures of earlier runs join the
 * exact and near steps ranked before every new document, so new documents that duplicate published
 * ones are dropped naming the earlier id; earlier documents never appear in the output.
 *
 * <p>The working set (ids, hashes, signatures; no text) is persisted once, because the
 * connected-components loop runs several Spark jobs over it.
 */
public final class Deduplicator {
  public static final String REASON_URL = "dedup.url";
  public static final String REASON_EXACT = "dedup.exact";
  public static final String REASON_NEAR = "dedup.near";

  /** Every reason code this stage can give, the closed set. */
  public static final List<String> REASONS = List.of(REASON_URL, REASON_EXACT, REASON_NEAR);

  /** Schema of the candidates {@link #apply} reads. */
  public static final StructType CANDIDATE_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true)
          .add("warc_date", DataTypes.TimestampType, true)
          .add("text_hash", DataTypes.StringType, true)
          .add("minhash", DataTypes.createArrayType(DataTypes.LongType, false), true)
          .add("quality_score", DataTypes.DoubleType, true);

  /** Schema of a {@code signatures/} folder: what {@link #signaturesToSave} returns. */
  public static final StructType SIGNATURE_SCHEMA =
      new StructType()
          .add("id", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true)
          .add("warc_date", DataTypes.TimestampType, true)
          .add("text_hash", DataTypes.StringType, true)
          .add("minhash", DataTypes.createArrayType(DataTypes.LongType, false), true);

  /**
   * Decides every candidate.
   *
   * @param candidates {@link #CANDIDATE_SCHEMA}: one row per document that survived every earlier
   *     stage, ids unique
   * @return one row per candidate: {@code id, dedup_reason} (null when kept), {@code dedup_kept_id}
   *     (the kept document it duplicates; null when kept), {@code minhash_cluster_id,
   *     minhash_cluster_size} (on kept documents: the kept id and how many candidates it stands
   *     for, itself included; null on dropped ones)
   */
  public Dataset<Row> apply(SparkSession spark, Dataset<Row> candidates, DedupConfig config) {
    if (!config.enabled()) {
      return candidates.select(
          col("id"),
          lit(null).cast(DataTypes.StringType).as("dedup_reason"),
          lit(null).cast(DataTypes.StringType).as("dedup_kept_id"),
          col("id").as("minhash_cluster_id"),
          lit(1L).as("minhash_cluster_size"));
    }
    Dataset<Row> fresh =
        candidates
            .select(
                col("id"),
                col("url"),
                col("warc_date"),
                col("text_hash"),
                col("minhash"),
                col("quality_score").cast(DataTypes.DoubleType).as("quality_score"))
            .withColumn("prior", lit(1));
    Dataset<Row> all = fresh;
    if (!config.incrementalSignatures().isEmpty()) {
      Dataset<Row> prior =
          spark
              .read()
              .schema(SIGNATURE_SCHEMA)
              .parquet(config.incrementalSignatures().toArray(new String[0]))
              .select(
                  col("id"),
                  lit(null).cast(DataTypes.StringType).as("url"),
                  col("warc_date"),
                  col("text_hash"),
                  col("minhash"),
                  lit(null).cast(DataTypes.DoubleType).as("quality_score"))
              .withColumn("prior", lit(0));
      all = fresh.unionByName(prior);
    }
    Dataset<Row> work =
        all.withColumn(KeepRank.COLUMN, KeepRank.of(config))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 1. URL: among this run's captures of one URL keep the newest (earlier runs do not take
    // part: a new capture of a published URL is new content unless its text says otherwise).
    Dataset<Row> afterUrl =
        keepPerGroup(
            work,
            config.url() ? col("url").isNotNull().and(col("prior").equalTo(1)) : lit(false),
            "url",
            KeepRank.newestCapture(),
            "url_kept");
    Dataset<Row> urlSurvivors = survivors(work, afterUrl, "url_kept");

    // 2. Exact: one document per normalised-text hash.
    Dataset<Row> afterExact =
        keepPerGroup(
            urlSurvivors,
            config.exact() ? col("text_hash").isNotNull() : lit(false),
            "text_hash",
            col(KeepRank.COLUMN),
            "exact_kept");
    Dataset<Row> exactSurvivors = survivors(urlSurvivors, afterExact, "exact_kept");

    // 3. Near: components of the LSH candidate graph; keep the best-ranked member.
    Dataset<Row> afterNear;
    if (config.near()) {
      Dataset<Row> roots =
          ConnectedComponents.roots(
              LshCandidates.edges(exactSurvivors.select("id", "minhash"), config),
              config.maxIterations());
      afterNear =
          exactSurvivors
              .join(roots, col("id").equalTo(col("node")), "left")
              .withColumn("component", coalesce(col("root"), col("id")))
              .withColumn(
                  "near_kept",
                  min(col(KeepRank.COLUMN)).over(Window.partitionBy("component")).getField("id"))
              .select(col("id"), col("near_kept"));
    } else {
      afterNear = exactSurvivors.select(col("id"), col("id").as("near_kept"));
    }

    // Resolve chains (url -> exact -> near) to the document finally kept.
    Dataset<Row> exactResolved =
        afterExact
            .join(
                afterNear.select(col("id").as("e_id"), col("near_kept")),
                col("exact_kept").equalTo(col("e_id")))
            .select(col("id").as("u_id"), col("exact_kept"), col("near_kept"));
    Dataset<Row> decided =
        afterUrl
            .join(work.select("id", "prior"), "id")
            .where(col("prior").equalTo(1))
            .join(exactResolved, col("url_kept").equalTo(col("u_id")))
            .select(
                col("id"),
                when(col("url_kept").notEqual(col("id")), lit(REASON_URL))
                    .when(col("exact_kept").notEqual(col("url_kept")), lit(REASON_EXACT))
                    .when(col("near_kept").notEqual(col("exact_kept")), lit(REASON_NEAR))
                    .as("dedup_reason"),
                col("near_kept"))
            .withColumn("dedup_kept_id", when(col("dedup_reason").isNotNull(), col("near_kept")));

    Column keptFor = coalesce(col("dedup_kept_id"), col("id"));
    return decided
        .withColumn("size", count(lit(1)).over(Window.partitionBy(keptFor)))
        .select(
            col("id"),
            col("dedup_reason"),
            col("dedup_kept_id"),
            when(col("dedup_reason").isNull(), col("id")).as("minhash_cluster_id"),
            when(col("dedup_reason").isNull(), col("size")).as("minhash_cluster_size"));
  }

  /**
   * For the rows where {@code eligible} holds, the id of the best row of their {@code group}: the
   * one with the smallest {@code order}, a struct whose field {@code id} names the row; every other
   * row keeps itself. Rows without a group never meet in one shuffle partition (no giant partition
   * of nulls).
   *
   * @return columns {@code id, <out>}
   */
  private static Dataset<Row> keepPerGroup(
      Dataset<Row> rows, Column eligible, String group, Column order, String out) {
    Dataset<Row> grouped =
        rows.where(eligible)
            .withColumn(out, min(order).over(Window.partitionBy(group)).getField("id"))
            .select(col("id"), col(out));
    Dataset<Row> alone = rows.where(not(eligible)).select(col("id"), col("id").as(out));
    return grouped.unionByName(alone);
  }

  /** The rows of {@code rows} that {@code decisions} keeps (their {@code keptColumn} is self). */
  private static Dataset<Row> survivors(Dataset<Row> rows, Dataset<Row> decisions, String keptCol) {
    return rows.join(decisions.where(col(keptCol).equalTo(col("id"))).select("id"), "id");
  }

  /**
   * The signatures to save with a run, in {@link #SIGNATURE_SCHEMA}: those of the candidates kept.
   * A later run lists this folder (and every earlier one) in {@code dedup.incremental_signatures}.
   */
  public static Dataset<Row> signaturesToSave(Dataset<Row> candidates, Dataset<Row> decisions) {
    return candidates
        .join(decisions.where(col("dedup_reason").isNull()).select("id"), "id")
        .select("id", "url", "warc_date", "text_hash", "minhash");
  }
}
