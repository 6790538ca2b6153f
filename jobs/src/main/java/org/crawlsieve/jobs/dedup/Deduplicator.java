package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.SparkContext;
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
 * components, each member checked against its cluster's keeper: {@link NearClusters}). In each
 * group the document with the smallest {@link KeepRank} is kept. Every other document gets a reason
 * and the id of the document finally kept for it.
 *
 * <p>Incremental mode ({@code dedup.incremental_signatures}): signatures of earlier runs join the
 * exact and near steps ranked before every new document, so new documents that duplicate published
 * ones are dropped naming the earlier id; earlier documents never appear in the output.
 *
 * <p>Memory: the working set (ids, hashes, signatures; no text) is persisted for the URL and exact
 * steps and released once their decisions (ids only) are materialised; the near step persists only
 * the exact survivors' signatures, released at the end. Iterative steps cut their lineage through
 * {@link Lineage} and discard each intermediate result once it is no longer read. The result is
 * materialised before {@link #apply} returns, so nothing it depends on stays cached.
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

  private final String scratch;

  /** Cuts lineage with Spark checkpoints (local mode: tests, the CLI, benchmarks). */
  public Deduplicator() {
    this(null);
  }

  /**
   * @param scratch a folder on the cluster's file system for intermediate results (written as
   *     Parquet, deleted as soon as they are no longer read; the result stays there); null to use
   *     Spark checkpoints
   */
  public Deduplicator(String scratch) {
    this.scratch = scratch;
  }

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
    SparkContext sc = spark.sparkContext();
    sc.setJobDescription("dedup: URL and exact");
    Lineage lineage = new Lineage(scratch);
    Dataset<Row> work =
        all.withColumn(KeepRank.COLUMN, KeepRank.of(config))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 1. URL: among this run's captures of one URL keep the newest (earlier runs do not take
    // part: a new capture of a published URL is new content unless its text says otherwise).
    // 2. Exact: among the URL survivors, one document per normalised-text hash.
    // One window each over the ids and keys only (no join); the decisions go to a small table so
    // that the working set can be released before the near step. exact_kept is null for URL
    // duplicates.
    Column byUrl = config.url() ? col("url").isNotNull().and(col("prior").equalTo(1)) : lit(false);
    Column urlSurvivor = col("url_kept").equalTo(col("id"));
    Column byHash = config.exact() ? urlSurvivor.and(col("text_hash").isNotNull()) : lit(false);
    Dataset<Row> steps =
        lineage.cut(
            work.select(
                    col("id"),
                    col("prior"),
                    col("url"),
                    col("warc_date"),
                    col("text_hash"),
                    col(KeepRank.COLUMN))
                .withColumn("url_kept", keepPerGroup(byUrl, "url", KeepRank.newestCapture()))
                .withColumn(
                    "exact_kept",
                    when(urlSurvivor, keepPerGroup(byHash, "text_hash", col(KeepRank.COLUMN))))
                .select("id", "prior", "url_kept", "exact_kept"),
            "steps");
    Dataset<Row> exactSurvivors =
        work.join(steps.where(col("exact_kept").equalTo(col("id"))).select("id"), "id")
            .select(col("id"), col("minhash"), col(KeepRank.COLUMN));

    // 3. Near: components of the LSH candidate graph, each member checked against its keeper.
    Dataset<Row> nearDocs = null;
    Dataset<Row> edges = null;
    Dataset<Row> afterNear;
    if (config.near()) {
      nearDocs = exactSurvivors.persist(StorageLevel.MEMORY_AND_DISK());
      nearDocs.count();
      work.unpersist();
      sc.setJobDescription("dedup: LSH candidates");
      edges = lineage.cut(LshCandidates.edges(nearDocs.select("id", "minhash"), config), "lsh");
      afterNear = NearClusters.keepers(nearDocs, edges, config, lineage);
    } else {
      afterNear = exactSurvivors.select(col("id"), col("id").as("near_kept"));
    }

    // Resolve chains (url -> exact -> near) to the document finally kept. An exact survivor
    // outside every near cluster (no candidate edge, or rejected by its keeper in every round)
    // keeps itself.
    sc.setJobDescription("dedup: decisions");
    Dataset<Row> exactResolved =
        steps
            .where(col("exact_kept").isNotNull())
            .join(
                afterNear.select(col("id").as("e_id"), col("near_kept")),
                col("exact_kept").equalTo(col("e_id")),
                "left")
            .select(
                col("id").as("u_id"),
                col("exact_kept"),
                coalesce(col("near_kept"), col("exact_kept")).as("near_kept"));
    Dataset<Row> decided =
        steps
            .where(col("prior").equalTo(1))
            .select("id", "url_kept")
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
    Dataset<Row> sizes = decided.groupBy(keptFor.as("kept")).agg(count(lit(1)).as("size"));
    Dataset<Row> result =
        lineage.cut(
            decided
                .join(sizes, col("id").equalTo(col("kept")), "left")
                .select(
                    col("id"),
                    col("dedup_reason"),
                    col("dedup_kept_id"),
                    when(col("dedup_reason").isNull(), col("id")).as("minhash_cluster_id"),
                    when(col("dedup_reason").isNull(), col("size")).as("minhash_cluster_size")),
            "decided");
    work.unpersist();
    if (nearDocs != null) {
      nearDocs.unpersist();
      lineage.discard(afterNear);
      lineage.discard(edges);
    }
    lineage.discard(steps);
    sc.setJobDescription(null);
    return result;
  }

  /**
   * For the rows where {@code eligible} holds, the id of the best row of their {@code group}: the
   * one with the smallest {@code order}, a struct whose field {@code id} names the row; every other
   * row keeps itself. The window key of an ineligible row is its own id (tagged apart from group
   * values), so rows without a group never meet in one partition (no giant partition of nulls).
   */
  private static Column keepPerGroup(Column eligible, String group, Column order) {
    Column key =
        when(eligible, concat(lit("g"), col(group))).otherwise(concat(lit("i"), col("id")));
    return when(eligible, min(order).over(Window.partitionBy(key)).getField("id"))
        .otherwise(col("id"));
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
