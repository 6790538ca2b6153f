package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.crawlsieve.dedup.DedupConfig;

/**
 * Candidate near-duplicate pairs from MinHash signatures by banding (locality-sensitive hashing):
 * the signature is cut into {@code bands} slices of {@code rows} values and two documents are
 * candidates when some slice is equal. Each (band, slice) becomes a 64-bit bucket key ({@code
 * xxhash64} of band number and slice), so the shuffle carries ids and keys, not signatures.
 *
 * <p>A bucket of n documents yields n - 1 edges, each member to the bucket's smallest id (a star),
 * never the n(n - 1)/2 pairs: a bucket of a million boilerplate pages costs a million edges.
 * Optionally each edge is verified by the share of equal MinHash values of its two ends.
 */
final class LshCandidates {
  private LshCandidates() {}

  /**
   * @param docs columns {@code id, minhash}; only signatures of exactly {@code bands * rows} values
   *     take part
   * @return distinct edges {@code src, dst} with {@code src > dst}
   */
  static Dataset<Row> edges(Dataset<Row> docs, DedupConfig config) {
    int bands = config.bands();
    int rows = config.rows();
    Dataset<Row> signed = docs.where(expr("size(minhash) = " + config.hashes()));
    Dataset<Row> buckets =
        signed.select(
            col("id"),
            posexplode(
                    expr(
                        "transform(sequence(0, "
                            + (bands - 1)
                            + "), b -> xxhash64(b, slice(minhash, b * "
                            + rows
                            + " + 1, "
                            + rows
                            + ")))"))
                .as(new String[] {"band", "bucket"}));
    Dataset<Row> edges =
        buckets
            .withColumn("center", min(col("id")).over(Window.partitionBy("band", "bucket")))
            .where(col("id").notEqual(col("center")))
            .select(col("id").as("src"), col("center").as("dst"))
            .distinct();
    if (config.verify().equals(DedupConfig.VERIFY_NONE)) {
      return edges;
    }
    Dataset<Row> sig = signed.select(col("id"), col("minhash"));
    return edges
        .join(sig.as("s"), col("src").equalTo(col("s.id")))
        .join(sig.as("d"), col("dst").equalTo(col("d.id")))
        .where(
            estimatedJaccard("s.minhash", "d.minhash", config.hashes())
                .geq(config.verifyThreshold()))
        .select(col("src"), col("dst"));
  }

  /**
   * Estimated Jaccard similarity of two signature columns: the share of the {@code hashes}
   * positions where they agree (as {@code Jaccard.estimated}; a shorter signature agrees nowhere
   * past its end).
   */
  static Column estimatedJaccard(String left, String right, int hashes) {
    return expr(
        "aggregate(zip_with("
            + left
            + ", "
            + right
            + ", (x, y) -> IF(x = y, 1, 0)), 0, (acc, v) -> acc + v) / "
            + hashes);
  }
}
