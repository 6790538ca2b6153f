package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Connected components of an undirected graph by alternating large-star and small-star (Kiveris,
 * Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and Beyond", SoCC
 * 2014), on Spark SQL: every step is a shuffle by node, nothing is collected to the driver, and no
 * task holds more than one node's neighbourhood.
 *
 * <p>Edges are kept directed from the larger node to the smaller ({@code src > dst}). Both
 * operations keep connectivity and only ever point nodes at smaller ones; when no edge's {@code
 * dst} is itself the {@code src} of an edge, every component is a star around its smallest node,
 * which is the fixed point. Lineage is cut after every round ({@link Lineage}: Parquet in a scratch
 * folder, or a Spark checkpoint), so a long run of rounds neither grows the query plan nor keeps
 * every earlier round: a round is discarded as soon as the next one is written.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /** {@link #roots(Dataset, int, Lineage)} with Spark checkpoints as lineage cuts. */
  static Dataset<Row> roots(Dataset<Row> edges, int maxIterations) {
    return roots(edges, maxIterations, new Lineage(null));
  }

  /**
   * Maps every node that has an edge to the smallest node of its component.
   *
   * @param edges columns {@code src, dst} (strings, {@code src != dst}, any direction)
   * @param lineage where each round is materialised; a round is discarded once the next is written
   * @return columns {@code node, root}, one row per non-root node (a root maps to itself implicitly
   *     and has no row); materialised, owned by the caller (discard it through {@code lineage})
   */
  static Dataset<Row> roots(Dataset<Row> edges, int maxIterations, Lineage lineage) {
    SparkContext sc = edges.sparkSession().sparkContext();
    sc.setJobDescription("dedup: connected components, edges");
    Dataset<Row> e =
        lineage.cut(
            edges
                .select(
                    greatest(col("src"), col("dst")).as("src"),
                    least(col("src"), col("dst")).as("dst"))
                .distinct(),
            "cc");
    for (int round = 1; ; round++) {
      sc.setJobDescription("dedup: connected components, round " + round);
      Dataset<Row> next = lineage.cut(smallStar(largeStar(e)), "cc");
      lineage.discard(e);
      e = next;
      if (isStarForest(e)) {
        return e.select(col("src").as("node"), col("dst").as("root"));
      }
      if (round >= maxIterations) {
        throw new IllegalStateException(
            "connected components did not converge in "
                + maxIterations
                + " rounds (dedup.max_iterations)");
      }
    }
  }

  /**
   * For each node u with smallest neighbour-or-self m(u): link every neighbour larger than u to
   * m(u).
   */
  static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both = e.union(e.select(col("dst").as("src"), col("src").as("dst")));
    WindowSpec byNode = Window.partitionBy("src");
    return both.withColumn("m", least(min(col("dst")).over(byNode), col("src")))
        .where(col("dst").gt(col("src")))
        .select(col("dst").as("src"), col("m").as("dst"))
        .distinct();
  }

  /**
   * For each node u with smallest smaller-neighbour m(u): link u and every smaller neighbour to
   * m(u).
   */
  static Dataset<Row> smallStar(Dataset<Row> e) {
    WindowSpec byNode = Window.partitionBy("src");
    Dataset<Row> withMin = e.withColumn("m", min(col("dst")).over(byNode));
    Dataset<Row> self = withMin.select(col("src"), col("m").as("dst"));
    Dataset<Row> others =
        withMin
            .where(col("dst").notEqual(col("m")))
            .select(col("dst").as("src"), col("m").as("dst"));
    return self.union(others).distinct();
  }

  private static boolean isStarForest(Dataset<Row> e) {
    return e.as("a").join(e.as("b"), col("a.dst").equalTo(col("b.src")), "left_semi").isEmpty();
  }
}
