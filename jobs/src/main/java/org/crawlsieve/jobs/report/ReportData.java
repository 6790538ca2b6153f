package org.crawlsieve.jobs.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.jobs.OutputLayout;
import org.crawlsieve.jobs.publish.SnapshotFs;

/**
 * The numbers of the audit report, gathered from a run's stats.json, decisions/ and documents/:
 * funnel, exclusions by reason, top excluded domains with the evidence of their main exclusion,
 * language mix, PII replacements and a per-domain table (the largest {@link #MAX_DOMAINS}).
 */
public final class ReportData {
  static final int TOP_EXCLUDED = 50;
  static final int MAX_DOMAINS = 5000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportData() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> gather(SparkSession spark, String runDir) {
    OutputLayout run = new OutputLayout(runDir);
    SnapshotFs fs = new SnapshotFs(spark.sparkContext().hadoopConfiguration());
    for (String needed : List.of(run.stats(), run.decisions())) {
      if (!fs.exists(new Path(needed))) {
        throw new UserException(runDir + " is not a finished run: " + needed + " is missing");
      }
    }
    Map<String, Object> stats;
    try {
      stats = JSON.readValue(fs.readString(new Path(run.stats())), LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new UserException(run.stats() + " is not valid JSON: " + e.getOriginalMessage());
    }
    Dataset<Row> decisions = spark.read().parquet(run.decisions());
    boolean hasDocs = fs.exists(new Path(run.documents()));
    Dataset<Row> documents = hasDocs ? spark.read().parquet(run.documents()) : null;

    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("run", runDir);
    summary.put("code_version", stats.get("code_version"));
    summary.put("config_hash", stats.get("config_hash"));
    summary.put("generated_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    summary.put(
        "records_read",
        number(((Map<String, Object>) stats.getOrDefault("records_read", Map.of())).get("total")));
    summary.put("documents_in", number(stats.get("documents_in")));
    summary.put("kept", number(stats.get("kept")));
    summary.put("dropped", number(stats.get("dropped_total")));
    summary.put("errors", number(stats.get("errors_total")));
    out.put("summary", summary);
    out.put("funnel", funnel(stats));

    List<Map<String, Object>> reasons = new ArrayList<>();
    for (String key : List.of("dropped", "errors")) {
      ((Map<String, Object>) stats.getOrDefault(key, Map.of()))
          .forEach((reason, n) -> reasons.add(bar(reason, number(n))));
    }
    reasons.sort((a, b) -> Long.compare((Long) b.get("value"), (Long) a.get("value")));
    out.put("reasons", reasons);

    Dataset<Row> excluded = decisions.filter(col("verdict").isin("drop", "error"));
    List<Map<String, Object>> top = new ArrayList<>();
    for (Row r :
        excluded
            .groupBy(col("domain"), col("reason"))
            .agg(
                count(lit(1)).as("n"),
                first(col("evidence").getItem("signal"), true).as("signal"),
                first(col("evidence").getItem("agent"), true).as("agent"),
                first(col("evidence").getItem("line"), true).as("line"),
                first(col("evidence").getItem("capture_date"), true).as("capture_date"),
                first(col("url"), true).as("example_url"))
            .groupBy(col("domain"))
            .agg(
                sum("n").as("excluded"),
                max_by(col("reason"), col("n")).as("reason"),
                max_by(col("signal"), col("n")).as("signal"),
                max_by(col("agent"), col("n")).as("agent"),
                max_by(col("line"), col("n")).as("line"),
                max_by(col("capture_date"), col("n")).as("capture_date"),
                max_by(col("example_url"), col("n")).as("example_url"))
            .orderBy(col("excluded").desc(), col("domain"))
            .limit(TOP_EXCLUDED)
            .collectAsList()) {
      top.add(rowMap(r));
    }
    out.put("top_excluded", top);

    List<Map<String, Object>> languages = new ArrayList<>();
    List<Map<String, Object>> pii = new ArrayList<>();
    if (documents != null) {
      for (Row r :
          documents
              .groupBy(col("language"))
              .count()
              .orderBy(col("count").desc())
              .limit(60)
              .collectAsList()) {
        languages.add(bar(r.isNullAt(0) ? "unknown" : r.getString(0), r.getLong(1)));
      }
      for (Row r :
          documents
              .select(explode(col("pii_counts")).as(new String[] {"k", "v"}))
              .groupBy("k")
              .agg(sum("v"))
              .orderBy(col("sum(v)").desc())
              .collectAsList()) {
        pii.add(bar(r.getString(0), r.isNullAt(1) ? 0L : r.getLong(1)));
      }
    }
    out.put("languages", languages);
    out.put("pii", pii);

    Dataset<Row> perDomain =
        decisions
            .groupBy(col("domain"))
            .agg(
                count(lit(1)).as("documents"),
                sum(when(col("verdict").isin("keep", "modify"), 1).otherwise(0)).as("kept"),
                sum(when(col("verdict").isin("drop", "error"), 1).otherwise(0)).as("excluded"),
                org.apache.spark.sql.functions.min(col("url")).as("example_url"));
    Dataset<Row> mainReason =
        excluded
            .groupBy(col("domain").as("r_domain"), col("reason"))
            .count()
            .groupBy(col("r_domain"))
            .agg(max_by(col("reason"), col("count")).as("reason"));
    Dataset<Row> table =
        perDomain
            .join(
                mainReason, perDomain.col("domain").eqNullSafe(mainReason.col("r_domain")), "left")
            .drop("r_domain");
    if (documents != null) {
      Dataset<Row> titles =
          documents
              .groupBy(col("domain").as("t_domain"))
              .agg(org.apache.spark.sql.functions.min(col("title")).as("example_title"));
      table =
          table
              .join(titles, table.col("domain").eqNullSafe(titles.col("t_domain")), "left")
              .drop("t_domain");
    }
    long domains = perDomain.count();
    summary.put("domains", domains);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Row r :
        table.orderBy(col("documents").desc(), col("domain")).limit(MAX_DOMAINS).collectAsList()) {
      rows.add(rowMap(r));
    }
    out.put("domains", rows);
    out.put("domains_truncated", domains > MAX_DOMAINS);
    out.put("domains_audit", fs.exists(new Path(run.domains())));
    return out;
  }

  /** Records read, documents in, extracted, then the survivors of each step in run order. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> funnel(Map<String, Object> stats) {
    List<Map<String, Object>> bars = new ArrayList<>();
    bars.add(
        bar(
            "records read",
            number(
                ((Map<String, Object>) stats.getOrDefault("records_read", Map.of()))
                    .get("total"))));
    bars.add(bar("documents in", number(stats.get("documents_in"))));
    long alive = number(stats.get("documents_in"));
    for (Object o : (List<Object>) stats.getOrDefault("steps", List.of())) {
      Map<String, Object> step = (Map<String, Object>) o;
      long out = 0;
      for (String k : List.of("drop", "error")) {
        for (Object n : ((Map<String, Object>) step.getOrDefault(k, Map.of())).values()) {
          out += number(n);
        }
      }
      alive -= out;
      bars.add(bar("after " + step.get("step"), alive));
    }
    bars.add(bar("kept", number(stats.get("kept"))));
    return bars;
  }

  private static Map<String, Object> bar(String label, long value) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("label", label);
    m.put("value", value);
    return m;
  }

  private static long number(Object o) {
    return o instanceof Number n ? n.longValue() : 0L;
  }

  private static Map<String, Object> rowMap(Row r) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String f : r.schema().fieldNames()) {
      Object v = r.getAs(f);
      m.put(f, v instanceof Number n && !(v instanceof Double) ? (Object) n.longValue() : v);
    }
    return m;
  }
}
