package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.OutputLayout;

/**
 * Answers "was this domain excluded, which of its pages, and why" from a run's {@code domains/} and
 * {@code decisions/}. Without a domain: one summary per registered domain. With one (a registered
 * domain or a host): its host rows and its excluded pages with their evidence.
 */
public final class AuditReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Evidence keys shown per excluded page, in this order. */
  static final List<String> PAGE_EVIDENCE =
      List.of(
          "agent",
          "matched_by",
          "line",
          "rule",
          "value",
          "capture_uri",
          "capture_date",
          "capture_status",
          "robots_outcome");

  private final SparkSession spark;
  private final OutputLayout run;

  public AuditReport(SparkSession spark, OutputLayout run) {
    this.spark = spark;
    this.run = run;
  }

  /** Host (or domain, without a filter) summaries, sorted by domain then host. */
  public List<Map<String, Object>> summaries(String domain) {
    Dataset<Row> domains = spark.read().parquet(run.domains());
    Dataset<Row> rows =
        domain == null
            ? domains.filter(col("level").equalTo("domain"))
            : domains.filter(col("level").equalTo("host").and(matches(domain)));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : rows.orderBy(col("domain"), col("host")).collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("domain", r.getAs("domain"));
      if (domain != null) {
        m.put("host", r.getAs("host"));
      }
      m.put("records", r.getAs("records"));
      m.put("kept", r.getAs("kept"));
      m.put("excluded", r.getAs("excluded"));
      m.put("consent_excluded", r.getAs("consent_excluded"));
      m.put("bytes_excluded", r.getAs("bytes_excluded"));
      m.put("excluded_by_reason", new TreeMap<>(javaMap(r, "excluded_by_reason")));
      if (domain != null) {
        m.put("robots_origin", r.getAs("robots_origin"));
        m.put("robots_outcome", r.getAs("robots_outcome"));
        m.put("agent_access", javaMap(r, "agent_access"));
        m.put("agent_matched_by", javaMap(r, "agent_matched_by"));
      }
      m.put(
          "capture_dates",
          r.isNullAt(r.fieldIndex("capture_dates"))
              ? List.of()
              : r.getList(r.fieldIndex("capture_dates")));
      out.add(m);
    }
    return out;
  }

  /** Excluded pages of a domain or host, at most {@code limit}, sorted by URL. */
  public List<Map<String, Object>> excludedPages(String domain, int limit) {
    Dataset<Row> pages =
        spark
            .read()
            .parquet(run.decisions())
            .filter(matches(domain).and(col("verdict").isin("drop", "error")))
            .select(
                col("domain"), col("host"), col("url"), col("step"), col("reason"), col("evidence"))
            .orderBy(col("url"))
            .limit(limit);
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r : pages.collectAsList()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("domain", r.getAs("domain"));
      m.put("host", r.getAs("host"));
      m.put("url", r.getAs("url"));
      m.put("step", r.getAs("step"));
      m.put("reason", r.getAs("reason"));
      Map<String, Object> ev = javaMap(r, "evidence");
      for (String k : PAGE_EVIDENCE) {
        m.put(k, ev.get(k));
      }
      out.add(m);
    }
    return out;
  }

  /** Writes the report in {@code format} ({@code table}, {@code csv} or {@code json}). */
  public void print(String domain, String format, int limit, PrintStream out) {
    List<Map<String, Object>> summaries = summaries(domain);
    List<Map<String, Object>> pages = domain == null ? List.of() : excludedPages(domain, limit);
    switch (format.toLowerCase(Locale.ROOT)) {
      case "json" -> {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(domain == null ? "domains" : "hosts", summaries);
        if (domain != null) {
          all.put("excluded_pages", pages);
        }
        out.println(json(all));
      }
      case "csv" -> {
        List<Map<String, Object>> rows = domain == null ? summaries : pages;
        if (!rows.isEmpty()) {
          out.println(String.join(",", rows.get(0).keySet()));
        }
        for (Map<String, Object> r : rows) {
          List<String> cells = new ArrayList<>();
          r.values().forEach(v -> cells.add(csv(v)));
          out.println(String.join(",", cells));
        }
      }
      default -> table(domain, summaries, pages, out);
    }
  }

  private static void table(
      String domain,
      List<Map<String, Object>> summaries,
      List<Map<String, Object>> pages,
      PrintStream out) {
    if (summaries.isEmpty()) {
      out.println(domain == null ? "no domains in this run" : "no records of " + domain);
      return;
    }
    String head = domain == null ? "domain" : "host";
    out.printf(
        "%-36s %8s %8s %8s %8s %12s  %s%n",
        head, "records", "kept", "excluded", "consent", "bytes_excl", "excluded_by_reason");
    for (Map<String, Object> s : summaries) {
      out.printf(
          "%-36s %8s %8s %8s %8s %12s  %s%n",
          s.get(head),
          s.get("records"),
          s.get("kept"),
          s.get("excluded"),
          s.get("consent_excluded"),
          s.get("bytes_excluded"),
          s.get("excluded_by_reason"));
      if (domain != null) {
        out.printf(
            "  robots %s (%s)  access %s  captures %s%n",
            s.get("robots_origin"),
            s.get("robots_outcome"),
            s.get("agent_access"),
            s.get("capture_dates"));
      }
    }
    if (domain != null) {
      out.printf("%nexcluded pages (%d):%n", pages.size());
      for (Map<String, Object> p : pages) {
        out.printf("  %s%n    %s", p.get("url"), p.get("reason"));
        for (String k : List.of("agent", "matched_by", "line", "rule", "value", "capture_date")) {
          if (p.get(k) != null) {
            out.printf("  %s=%s", k, p.get(k));
          }
        }
        out.println();
      }
    }
  }

  private static Column matches(String domain) {
    String d = domain.toLowerCase(Locale.ROOT).strip();
    return col("domain").equalTo(lit(d)).or(col("host").equalTo(lit(d)));
  }

  private static Map<String, Object> javaMap(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? Map.of() : new LinkedHashMap<>(r.getJavaMap(i));
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String csv(Object v) {
    if (v == null) {
      return "";
    }
    String s = v instanceof Map<?, ?> || v instanceof List<?> ? json(v) : v.toString();
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
