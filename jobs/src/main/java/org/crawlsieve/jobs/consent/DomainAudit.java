package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_entries;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Urls;

/**
 * The {@code domains/} table: one row per host ({@code level = host}) and one per registered domain
 * ({@code level = domain}, host null, no agent columns) with records seen, kept, excluded (total,
 * by reason, by consent), bytes excluded (compressed WARC record lengths), the robots.txt standing
 * of every listed agent and {@code *} on the host ({@link HostStatusFunction}) and the robots.txt
 * capture dates the consent decisions used.
 */
public final class DomainAudit {
  private DomainAudit() {}

  static final String EXCLUDED = "verdict IN ('drop', 'error')";

  /**
   * @param decisions the run's {@code decisions/}
   * @param origins per origin {@code captures} (see {@link ConsentStage#originTable})
   */
  public static Dataset<Row> table(
      Dataset<Row> decisions, Dataset<Row> origins, CrawlsieveConfig config) {
    Dataset<Row> d =
        decisions
            .withColumn("excluded", expr(EXCLUDED))
            .withColumn(
                "origin", udf((UDF1<String, String>) Urls::origin, StringType).apply(col("url")))
            .withColumn(
                "capture_date",
                expr(
                    "try_element_at(filter(decisions, x -> x.step = 'consent'"
                        + " AND x.evidence['capture_date'] IS NOT NULL), -1)"
                        + ".evidence['capture_date']"));
    Dataset<Row> byReason =
        d.filter(col("excluded"))
            .groupBy(col("domain"), col("host"), col("reason"))
            .agg(count(lit(1)).as("n"))
            .groupBy(col("domain").as("r_domain"), col("host").as("r_host"))
            .agg(map_from_entries(collect_list(struct(col("reason"), col("n")))).as("by_reason"));
    Dataset<Row> hosts =
        d.groupBy(col("domain"), col("host"))
            .agg(
                count(lit(1)).as("records"),
                sum(when(col("excluded"), 0L).otherwise(1L)).as("kept"),
                sum(when(col("excluded"), 1L).otherwise(0L)).as("excluded"),
                sum(when(col("excluded").and(col("step").equalTo("consent")), 1L).otherwise(0L))
                    .as("consent_excluded"),
                sum(when(col("excluded"), col("warc_length")).otherwise(0L)).as("bytes_excluded"),
                array_sort(collect_set(col("capture_date"))).as("capture_dates"));
    Dataset<Row> counted =
        hosts
            .join(
                byReason,
                hosts
                    .col("host")
                    .eqNullSafe(byReason.col("r_host"))
                    .and(hosts.col("domain").eqNullSafe(byReason.col("r_domain"))),
                "left")
            .drop("r_domain", "r_host")
            .withColumn(
                "excluded_by_reason",
                expr("coalesce(by_reason, cast(map() AS map<string,bigint>))"))
            .drop("by_reason");

    // The host's main origin (most records), its latest page date and crawl, for hostStatus.
    Dataset<Row> probe =
        d.filter(col("host").isNotNull())
            .groupBy(col("host").as("p_host"), col("origin"))
            .agg(
                count(lit(1)).as("n"),
                max(struct(col("warc_date"), col("url"), col("dump"))).as("latest"))
            .groupBy(col("p_host"))
            .agg(max(struct(col("n"), col("origin"), col("latest"))).as("m"))
            .select(
                col("p_host"),
                col("m.origin").as("p_origin"),
                col("m.latest.url").as("p_url"),
                col("m.latest.warc_date").as("p_date"),
                col("m.latest.dump").as("p_crawl"));
    Dataset<Row> probed =
        probe.join(origins, probe.col("p_origin").equalTo(origins.col("origin")), "left");
    Dataset<Row> status =
        probed.mapPartitions(
            new HostStatusFunction(ConfigLoader.canonicalJson(config)),
            Encoders.row(HostStatusFunction.OUT));
    Dataset<Row> hostRows =
        counted
            .join(status, counted.col("host").equalTo(status.col("s_host")), "left")
            .drop("s_host")
            .select(hostColumns(lit("host"), col("host")));
    Dataset<Row> domainRows =
        counted
            .groupBy(col("domain"))
            .agg(
                expr("sum(records)").as("records"),
                expr("sum(kept)").as("kept"),
                expr("sum(excluded)").as("excluded"),
                expr("sum(consent_excluded)").as("consent_excluded"),
                expr("sum(bytes_excluded)").as("bytes_excluded"),
                expr("array_sort(array_distinct(flatten(collect_list(capture_dates))))")
                    .as("capture_dates"),
                expr("map_from_entries(transform(array_distinct(flatten(collect_list("
                        + "map_keys(excluded_by_reason)))), k -> struct(k, 0L)))")
                    .as("reason_keys"),
                collect_list(col("excluded_by_reason")).as("reason_maps"))
            .withColumn(
                "excluded_by_reason",
                expr(
                    "map_from_entries(transform(map_keys(reason_keys), k -> struct(k,"
                        + " aggregate(reason_maps, 0L, (acc, m) -> acc + coalesce(m[k], 0L)))))"))
            .withColumn("robots_origin", lit(null).cast("string"))
            .withColumn("robots_outcome", lit(null).cast("string"))
            .withColumn("agent_access", lit(null).cast("map<string,string>"))
            .withColumn("agent_matched_by", lit(null).cast("map<string,string>"))
            .select(hostColumns(lit("domain"), lit(null).cast("string")));
    return hostRows.unionByName(domainRows);
  }

  private static Column[] hostColumns(Column level, Column host) {
    return List.of(
            level.as("level"),
            col("domain"),
            host.as("host"),
            col("records"),
            col("kept"),
            col("excluded"),
            col("excluded_by_reason"),
            col("consent_excluded"),
            col("bytes_excluded"),
            col("robots_origin"),
            col("robots_outcome"),
            col("agent_access"),
            col("agent_matched_by"),
            col("capture_dates"))
        .toArray(new Column[0]);
  }
}
