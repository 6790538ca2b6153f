package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.not;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.crawlsieve.dedup.DedupConfig;

/**
 * Near-duplicate clusters from the candidate graph, checked against the document each keeps.
 *
 * <p>Connected components alone are transitive: A~B and B~C put A and C in one cluster even when A
 * and C are far apart, so a chain of small edits can drop a document as a duplicate of a very
 * different one. With {@code verify: estimated} each round therefore (1) finds the components of
 * the graph, (2) picks the member with the smallest {@link KeepRank} as the keeper, (3) drops only
 * the members whose signature agrees with the keeper's on at least {@code verify_threshold} of its
 * values (estimated Jaccard); the rejected members, with the edges among themselves, are clustered
 * again in the next round, up to {@code near_rounds} rounds, after which any still rejected are
 * kept. Every decision depends only on the graph and the total keep order, so the result does not
 * depend on partitioning.
 *
 * <p>Distributed throughout: the keeper and its signature come from one aggregation per component
 * ({@code min} / {@code min_by} with partial aggregation, so a huge component is never one task's
 * buffer) and reach the members through a join on the component id; nothing is collected.
 */
final class NearClusters {
  private NearClusters() {}

  /**
   * @param docs columns {@code id, minhash, keep_rank}: every document that may appear in {@code
   *     edges}
   * @param edges columns {@code src, dst}: verified candidate pairs
   * @return columns {@code id, near_kept}: one row per keeper ({@code near_kept} is itself) and per
   *     member dropped for it; a node of {@code edges} without a row (rejected in every round) is
   *     kept. Materialised through {@code lineage}
   */
  static Dataset<Row> keepers(
      Dataset<Row> docs, Dataset<Row> edges, DedupConfig config, Lineage lineage) {
    boolean check = config.verify().equals(DedupConfig.VERIFY_ESTIMATED);
    int rounds = check ? config.nearRounds() : 1;
    Dataset<Row> decided = null;
    Dataset<Row> pending = edges;
    for (int round = 1; ; round++) {
      Dataset<Row> roots = ConnectedComponents.roots(pending, config.maxIterations(), lineage);
      pending
          .sparkSession()
          .sparkContext()
          .setJobDescription("dedup: keeper check, round " + round);
      Dataset<Row> members =
          roots
              .select(col("node").as("id"), col("root").as("component"))
              .union(roots.select(col("root").as("id"), col("root").as("component")).distinct())
              .join(docs, "id");
      Dataset<Row> keepers =
          members
              .groupBy("component")
              .agg(
                  min(col(KeepRank.COLUMN)).getField("id").as("keeper"),
                  min_by(col("minhash"), col(KeepRank.COLUMN)).as("keeper_minhash"));
      Column accepted =
          check
              ? col("id")
                  .equalTo(col("keeper"))
                  .or(
                      LshCandidates.estimatedJaccard("minhash", "keeper_minhash", config.hashes())
                          .geq(config.verifyThreshold()))
              : lit(true);
      Dataset<Row> judged =
          lineage.cut(
              members
                  .join(keepers, "component")
                  .select(col("id"), col("keeper"), accepted.as("accepted")),
              "near");
      lineage.discard(roots);
      Dataset<Row> settled = judged.where(col("accepted")).select(col("id"), col("keeper"));
      Dataset<Row> rejected = judged.where(not(col("accepted"))).select(col("id"));
      decided = decided == null ? settled : decided.union(settled);
      Dataset<Row> next =
          round >= rounds
              ? null
              : pending
                  .join(rejected, col("src").equalTo(col("id")), "left_semi")
                  .join(
                      rejected.withColumnRenamed("id", "r"),
                      col("dst").equalTo(col("r")),
                      "left_semi");
      if (next == null || next.isEmpty()) {
        break;
      }
      pending = next;
    }
    Dataset<Row> result = lineage.cut(decided.withColumnRenamed("keeper", "near_kept"), "near");
    lineage.discard(decided);
    return result;
  }
}
