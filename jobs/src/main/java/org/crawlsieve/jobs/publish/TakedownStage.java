package org.crawlsieve.jobs.publish;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.LateStage;

/**
 * Drops every candidate that a tombstone list names, so a takedown sticks in later runs: by
 * document id or URL ({@code record} and {@code url} tombstones) or by registered domain or host
 * ({@code domain} tombstones). Runs before dedup, so a removed page is never the copy dedup keeps.
 * Reason: {@code takedown.removed}; evidence: {@code matched_by} (id, url, domain), {@code
 * matched}, {@code takedown_reason}, {@code removed_at}, {@code request}.
 */
public final class TakedownStage implements LateStage {
  public static final String NAME = "takedown";
  public static final String REMOVED = "takedown.removed";

  private final List<Tombstone> tombstones;

  public TakedownStage(List<Tombstone> tombstones) {
    this.tombstones = List.copyOf(tombstones);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** One row per blocked key: (kind, key, reason, removed_at, request). */
  static List<Row> keys(List<Tombstone> tombstones) {
    List<Row> rows = new ArrayList<>();
    for (Tombstone t : tombstones) {
      switch (t.kind()) {
        case Tombstone.RECORD -> {
          add(rows, "id", t.id(), t);
          add(rows, "url", t.url(), t);
        }
        case Tombstone.URL -> add(rows, "url", t.url(), t);
        case Tombstone.DOMAIN -> add(rows, "domain", lower(t.domain()), t);
        default -> {} // unknown kinds from a newer format block nothing rather than everything
      }
    }
    return rows;
  }

  private static void add(List<Row> rows, String kind, String key, Tombstone t) {
    if (key != null && !key.isEmpty()) {
      rows.add(
          org.apache.spark.sql.RowFactory.create(
              kind, key, t.reason(), t.removedAt(), t.request()));
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public Dataset<Row> decide(SparkSession spark, Dataset<Row> candidates) {
    Dataset<Row> blocked =
        spark
            .createDataFrame(
                keys(tombstones),
                org.apache.spark.sql.types.DataTypes.createStructType(
                    List.of(
                        field("t_kind"),
                        field("t_key"),
                        field("t_reason"),
                        field("t_removed_at"),
                        field("t_request"))))
            .dropDuplicates("t_kind", "t_key");
    Dataset<Row> keys =
        candidates.select(
            col("id"),
            explode(
                    array(
                        struct(lit("id").as("kind"), col("id").as("key")),
                        struct(lit("url").as("kind"), col("url").as("key")),
                        struct(
                            lit("domain").as("kind"),
                            org.apache.spark.sql.functions.lower(col("domain")).as("key")),
                        struct(
                            lit("domain").as("kind"),
                            org.apache.spark.sql.functions.lower(col("host")).as("key"))))
                .as("k"));
    Dataset<Row> hits =
        keys.join(
                broadcast(blocked),
                col("k.kind").equalTo(col("t_kind")).and(col("k.key").equalTo(col("t_key"))))
            .groupBy(col("id"))
            .agg(
                first(col("t_kind")).as("t_kind"),
                first(col("t_key")).as("t_key"),
                first(col("t_reason")).as("t_reason"),
                first(col("t_removed_at")).as("t_removed_at"),
                first(col("t_request")).as("t_request"));
    return hits.select(
        col("id"),
        struct(
                lit(NAME).as("step"),
                lit("drop").as("verdict"),
                lit(REMOVED).as("reason"),
                lit(null).cast("map<string,double>").as("scores"),
                map(
                        lit("matched_by"), col("t_kind"),
                        lit("matched"), col("t_key"),
                        lit("takedown_reason"), col("t_reason"),
                        lit("removed_at"), col("t_removed_at"),
                        lit("request"), col("t_request"))
                    .as("evidence"))
            .as("decision"));
  }

  private static org.apache.spark.sql.types.StructField field(String name) {
    return org.apache.spark.sql.types.DataTypes.createStructField(
        name, org.apache.spark.sql.types.DataTypes.StringType, true);
  }

  /**
   * Reads the tombstone lists a config names (see {@link Tombstones#resolve}) when the run is set
   * up, so a missing list fails the run before its long per-record pass.
   */
  public static TakedownStage fromConfig(List<String> locations) {
    org.apache.hadoop.conf.Configuration conf =
        SparkSession.getActiveSession().isDefined()
            ? SparkSession.getActiveSession().get().sparkContext().hadoopConfiguration()
            : new org.apache.hadoop.conf.Configuration();
    SnapshotFs fs = new SnapshotFs(conf);
    List<Tombstone> all = new ArrayList<>();
    for (String location : locations) {
      all.addAll(Tombstones.read(fs, Tombstones.resolve(fs, location)));
    }
    return new TakedownStage(all);
  }
}
