package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.util.CollectionAccumulator;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.consent.robots.RobotsResolver;
import org.crawlsieve.core.Urls;
import org.crawlsieve.jobs.HadoopConf;
import org.crawlsieve.warc.FailedInput;

/**
 * Builds the robots table from robotstxt WARC files, and groups it per origin for the join: one row
 * per origin with every capture of its robots.txt plus the captures of the other origins its
 * redirects lead to (a small iterative join, at most {@code max_redirects} rounds), so each page
 * needs one lookup of its own origin.
 */
public final class RobotsTable {
  private RobotsTable() {}

  /**
   * Reads {@code warcs} (one task per file) and writes the table to {@code dir}.
   *
   * @return the files that could not be opened or broke mid-way (their readable captures are in the
   *     table), one entry per file, sorted by path
   */
  public static List<FailedInput> build(
      SparkSession spark, List<String> warcs, InputConfig bounds, int maxRobotsBytes, String dir) {
    HadoopConf hadoop = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    CollectionAccumulator<FailedInput> failures =
        spark.sparkContext().collectionAccumulator("robots-table failed inputs");
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(warcs, Math.max(1, warcs.size()))
            .mapPartitions(new RobotsTableFunction(bounds, maxRobotsBytes, hadoop, failures));
    spark.sparkContext().setJobDescription("robots table from " + warcs.size() + " WARC files");
    spark
        .createDataFrame(rows, RobotsTableSchema.CAPTURE)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(dir);
    // a retried task adds its failure again: one entry per path
    Map<String, FailedInput> byPath = new TreeMap<>();
    for (FailedInput f : failures.value()) {
      byPath.putIfAbsent(f.path(), f);
    }
    return List.copyOf(byPath.values());
  }

  /** The capture columns of {@code df} as one struct column. */
  static Column captureStruct(Dataset<Row> df) {
    return struct(RobotsTableSchema.COLUMNS.stream().map(df::col).toArray(Column[]::new));
  }

  /**
   * Per origin: {@code origin}, {@code captures} (its own and its redirect targets', any crawl).
   *
   * @param table rows of {@link RobotsTableSchema#CAPTURE}
   * @param maxRedirects hops followed, as in the resolver
   */
  public static Dataset<Row> perOrigin(Dataset<Row> table, int maxRedirects) {
    Dataset<Row> own =
        table.groupBy(col("origin")).agg(collect_list(captureStruct(table)).as("own"));
    UserDefinedFunction target =
        udf((UDF2<String, String, String>) RobotsTable::targetOrigin, DataTypes.StringType);
    Dataset<Row> edges =
        table
            .filter(col("location").isNotNull())
            .select(col("origin").as("src"), target.apply(col("url"), col("location")).as("dst"))
            .filter(col("dst").isNotNull().and(col("dst").notEqual(col("src"))))
            .distinct()
            .cache();
    Dataset<Row> reach = edges;
    long size = reach.count();
    for (int round = 1; round < maxRedirects && size > 0; round++) {
      Dataset<Row> next = edges.withColumnRenamed("src", "mid").withColumnRenamed("dst", "far");
      Dataset<Row> longer =
          reach
              .join(next, reach.col("dst").equalTo(next.col("mid")))
              .select(col("src"), col("far").as("dst"))
              .filter(col("src").notEqual(col("dst")));
      Dataset<Row> grown = reach.union(longer).distinct().cache();
      long grownSize = grown.count();
      if (grownSize == size) {
        break;
      }
      reach = grown;
      size = grownSize;
    }
    Dataset<Row> targetCaptures =
        own.withColumnRenamed("origin", "t_origin").withColumnRenamed("own", "t_own");
    Dataset<Row> extra =
        reach
            .join(targetCaptures, reach.col("dst").equalTo(targetCaptures.col("t_origin")))
            .groupBy(col("src"))
            .agg(flatten(collect_list(col("t_own"))).as("extra"));
    Dataset<Row> joined = own.join(extra, own.col("origin").equalTo(extra.col("src")), "left");
    return joined.select(
        col("origin"),
        when(col("extra").isNull(), col("own"))
            .otherwise(concat(col("own"), col("extra")))
            .as("captures"));
  }

  /** The origin a redirect from {@code url} to {@code location} leads to, or null. */
  static String targetOrigin(String url, String location) {
    String resolved = RobotsResolver.resolveLocation(url, location);
    return resolved == null ? null : Urls.origin(resolved);
  }
}
