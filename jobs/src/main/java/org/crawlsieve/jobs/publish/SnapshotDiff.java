package org.crawlsieve.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code diff}: documents added, removed (by reason: {@code takedown} when the newer version's
 * tombstones name the document, its URL or its domain, else {@code filtered}) and changed (same id,
 * different SHA-256 of the text) between two snapshot versions.
 */
public final class SnapshotDiff {
  static final int EXAMPLES = 10;

  private final SparkSession spark;
  private final SnapshotFs fs;

  public SnapshotDiff(SparkSession spark) {
    this.spark = spark;
    this.fs = new SnapshotFs(spark.sparkContext().hadoopConfiguration());
  }

  private Dataset<Row> keys(Path dir, Manifest m, String suffix) {
    List<String> files = new ArrayList<>();
    for (FileEntry f : m.dataFiles()) {
      files.add(new Path(dir, f.path()).toString());
    }
    if (files.isEmpty()) {
      return spark
          .emptyDataFrame()
          .selectExpr(
              "CAST(NULL AS STRING) AS id" + suffix,
              "CAST(NULL AS STRING) AS url" + suffix,
              "CAST(NULL AS STRING) AS domain" + suffix,
              "CAST(NULL AS STRING) AS host" + suffix,
              "CAST(NULL AS STRING) AS hash" + suffix);
    }
    return spark
        .read()
        .parquet(files.toArray(new String[0]))
        .select(
            col("id").as("id" + suffix),
            col("url").as("url" + suffix),
            lower(col("domain")).as("domain" + suffix),
            lower(col("host")).as("host" + suffix),
            sha2(col("text"), 256).as("hash" + suffix));
  }

  /** The diff as an ordered map (counts, then a few example ids per kind). */
  public Map<String, Object> diff(String from, String to) {
    Path a = new Path(from);
    Path b = new Path(to);
    Manifest ma = Manifest.read(fs, a);
    Manifest mb = Manifest.read(fs, b);
    List<Tombstone> tombstones = Tombstones.read(fs, new Path(b, SnapshotLayout.TOMBSTONES));
    Set<String> ids = new HashSet<>();
    Set<String> urls = new HashSet<>();
    Set<String> domains = new HashSet<>();
    for (Tombstone t : tombstones) {
      if (t.id() != null && Tombstone.RECORD.equals(t.kind())) {
        ids.add(t.id());
      }
      if (t.url() != null) {
        urls.add(t.url());
      }
      if (t.domain() != null && Tombstone.DOMAIN.equals(t.kind())) {
        domains.add(t.domain());
      }
    }
    Dataset<Row> left = keys(a, ma, "_a");
    Dataset<Row> right = keys(b, mb, "_b");
    Column takenDown =
        coalesce(
            col("id_a")
                .isInCollection(ids)
                .or(col("url_a").isInCollection(urls))
                .or(col("domain_a").isInCollection(domains))
                .or(col("host_a").isInCollection(domains)),
            lit(false));
    Dataset<Row> joined =
        left.join(right, left.col("id_a").equalTo(right.col("id_b")), "full_outer")
            .withColumn(
                "change",
                when(col("id_a").isNull(), lit("added"))
                    .when(col("id_b").isNull().and(takenDown), lit("removed_takedown"))
                    .when(col("id_b").isNull(), lit("removed_filtered"))
                    .when(col("hash_a").equalTo(col("hash_b")), lit("unchanged"))
                    .otherwise(lit("changed")))
            .select(
                col("change"),
                coalesce(col("id_a"), col("id_b")).as("id"),
                coalesce(col("url_a"), col("url_b")).as("url"));
    joined.cache();
    try {
      Map<String, Long> counts = new TreeMap<>();
      for (Row r : joined.groupBy("change").count().collectAsList()) {
        counts.put(r.getString(0), r.getLong(1));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("from", ma.name() + "@" + ma.version());
      out.put("to", mb.name() + "@" + mb.version());
      out.put("documents_from", ma.documents());
      out.put("documents_to", mb.documents());
      out.put("added", counts.getOrDefault("added", 0L));
      Map<String, Long> removed = new LinkedHashMap<>();
      removed.put("takedown", counts.getOrDefault("removed_takedown", 0L));
      removed.put("filtered", counts.getOrDefault("removed_filtered", 0L));
      out.put("removed", removed);
      out.put("changed", counts.getOrDefault("changed", 0L));
      out.put("unchanged", counts.getOrDefault("unchanged", 0L));
      Map<String, List<String>> examples = new LinkedHashMap<>();
      for (String kind : List.of("added", "removed_takedown", "removed_filtered", "changed")) {
        List<String> urlsOf = new ArrayList<>();
        for (Row r :
            joined
                .filter(col("change").equalTo(kind))
                .orderBy("id")
                .limit(EXAMPLES)
                .collectAsList()) {
          urlsOf.add(r.getString(2));
        }
        if (!urlsOf.isEmpty()) {
          examples.put(kind, urlsOf);
        }
      }
      out.put("examples", examples);
      return out;
    } finally {
      joined.unpersist();
    }
  }
}
