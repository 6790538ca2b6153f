package org.crawlsieve.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.CodeVersion;

/**
 * The funnel of a run, as written to {@code stats.json}: records read by WARC type, documents
 * extracted, kept, dropped per reason, errors, per-step counts, failed inputs, timings, and the
 * config hash and code version.
 */
public final class RunStats {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final int MAX_LISTED_FAILURES = 100;

  private final Map<String, Object> tree;
  private final boolean fromEarlierRun;

  private RunStats(Map<String, Object> tree) {
    this(tree, false);
  }

  private RunStats(Map<String, Object> tree, boolean fromEarlierRun) {
    this.tree = tree;
    this.fromEarlierRun = fromEarlierRun;
  }

  /** True when the run had already finished and nothing was recomputed. */
  public boolean fromEarlierRun() {
    return fromEarlierRun;
  }

  public Map<String, Object> tree() {
    return tree;
  }

  @SuppressWarnings("unchecked")
  public long get(String section, String key) {
    Object s = tree.get(section);
    Object v = s instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
    return v instanceof Number n ? n.longValue() : 0L;
  }

  public long documentsIn() {
    return ((Number) tree.get("documents_in")).longValue();
  }

  public long kept() {
    return ((Number) tree.get("kept")).longValue();
  }

  static RunStats compute(
      CrawlsieveConfig config,
      String configHash,
      int inputFiles,
      Dataset<Row> files,
      Dataset<Row> decisions,
      long documentsWritten,
      Dataset<Row> failed,
      long stage1Nanos,
      long totalNanos,
      String inputsDigest,
      PerRecordPass.Result pass) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("code_version", CodeVersion.get());
    t.put("config_hash", configHash);
    t.put("inputs_digest", inputsDigest);

    Map<String, Long> byType = new TreeMap<>();
    for (Row r :
        files
            .select(explode(col("file_type_counts")).as(new String[] {"type", "n"}))
            .groupBy("type")
            .agg(sum("n"))
            .collectAsList()) {
      byType.put(r.getString(0), r.getLong(1));
    }
    long read = byType.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Object> recordsRead = new LinkedHashMap<>();
    recordsRead.put("total", read);
    recordsRead.put("by_type", byType);

    List<Row> failures = failed.limit(MAX_LISTED_FAILURES).collectAsList();
    long failedCount = failed.count();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("files", inputFiles);
    inputs.put("failed", failedCount);
    inputs.put("processed_this_attempt", pass.filesProcessed());
    inputs.put("resumed_from_earlier_attempts", pass.filesSkipped());
    t.put("inputs", inputs);
    t.put("records_read", recordsRead);

    Map<String, Long> verdicts = new TreeMap<>();
    Map<String, Long> dropped = new TreeMap<>();
    Map<String, Long> errors = new TreeMap<>();
    for (Row r : decisions.groupBy("verdict", "reason").count().collectAsList()) {
      String verdict = r.getString(0);
      String reason = r.isNullAt(1) ? "none" : r.getString(1);
      long n = r.getLong(2);
      verdicts.merge(verdict, n, Long::sum);
      if (verdict.equals("drop")) {
        dropped.merge(reason, n, Long::sum);
      } else if (verdict.equals("error")) {
        errors.merge(reason, n, Long::sum);
      }
    }
    long documentsIn = verdicts.values().stream().mapToLong(Long::longValue).sum();
    long kept = verdicts.getOrDefault("keep", 0L) + verdicts.getOrDefault("modify", 0L);
    t.put("documents_in", documentsIn);
    t.put("extracted", countExtracted(decisions));
    t.put("kept", kept);
    t.put("documents_written", documentsWritten);
    t.put("dropped_total", dropped.values().stream().mapToLong(Long::longValue).sum());
    t.put("dropped", dropped);
    t.put("errors_total", errors.values().stream().mapToLong(Long::longValue).sum());
    t.put("errors", errors);
    t.put("steps", stepFunnel(decisions));
    t.put("flags", flagCounts(decisions));

    List<Map<String, Object>> failedList = new ArrayList<>();
    for (Row r : failures) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("path", r.getAs("path"));
      f.put("offset", r.getAs("offset"));
      f.put("records_read", r.getAs("records_read"));
      f.put("error", r.getAs("error"));
      failedList.add(f);
    }
    t.put("failed_inputs", failedList);
    t.put("error_samples", errorSamples(decisions));

    double seconds = totalNanos / 1e9;
    Map<String, Object> timing = new LinkedHashMap<>();
    timing.put("wall_seconds", round(seconds));
    timing.put("per_record_pass_seconds", round(stage1Nanos / 1e9));
    timing.put("records_per_second", round(documentsIn / Math.max(seconds, 1e-9)));
    timing.put(
        "records_per_second_per_record_pass",
        round(documentsIn / Math.max(stage1Nanos / 1e9, 1e-9)));
    timing.put("per_record_pass_by_step_seconds", stepSeconds(files));
    t.put("timing", timing);
    t.put("config", ConfigLoader.asMap(config));
    return new RunStats(t);
  }

  /**
   * Task time of the per-record pass by step, summed over files; {@code read} is what is left of
   * the files' time: WARC decompression, parsing and row building.
   */
  private static Map<String, Double> stepSeconds(Dataset<Row> files) {
    Map<String, Double> out = new LinkedHashMap<>();
    double steps = 0;
    for (Row r :
        files
            .select(explode(col("file_step_nanos")).as(new String[] {"step", "n"}))
            .groupBy("step")
            .agg(sum("n"))
            .collectAsList()) {
      out.put(r.getString(0), round(r.getLong(1) / 1e9));
      steps += r.getLong(1) / 1e9;
    }
    Row total = files.agg(sum("file_nanos")).first();
    double all = total.isNullAt(0) ? 0 : total.getLong(0) / 1e9;
    out.put("read", round(Math.max(0, all - steps)));
    out.put("total", round(all));
    return out;
  }

  private static final int MAX_ERROR_SAMPLES = 20;

  /** A few records that ended in an error, with provenance, to start debugging from. */
  private static List<Map<String, Object>> errorSamples(Dataset<Row> decisions) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Row r :
        decisions
            .filter(col("verdict").equalTo("error"))
            .select(
                "id",
                "url",
                "warc_path",
                "warc_offset",
                "warc_length",
                "step",
                "reason",
                "evidence")
            .orderBy("warc_path", "warc_offset")
            .limit(MAX_ERROR_SAMPLES)
            .collectAsList()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", r.getAs("id"));
      e.put("url", r.getAs("url"));
      e.put("warc_path", r.getAs("warc_path"));
      e.put("warc_offset", r.getAs("warc_offset"));
      e.put("warc_length", r.getAs("warc_length"));
      e.put("step", r.getAs("step"));
      e.put("reason", r.getAs("reason"));
      e.put("evidence", r.isNullAt(7) ? Map.of() : r.getJavaMap(7));
      out.add(e);
    }
    return out;
  }

  /** SHA-256 of the sorted input list: a rerun over the same inputs is recognised by it. */
  static String inputsDigest(List<String> inputs) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      inputs.stream()
          .sorted()
          .forEach(p -> sha.update((p + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The stats of a finished run of the same config over the same inputs by the same code version,
   * or null: output made by other code is made again, so every output names the code that made it.
   */
  @SuppressWarnings("unchecked")
  static RunStats readIfComplete(
      Configuration hadoop, String path, String configHash, String inputsDigest) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) {
        return null;
      }
      Map<String, Object> tree;
      try (java.io.InputStream in = fs.open(p)) {
        tree = JSON.readValue(in, LinkedHashMap.class);
      }
      boolean same =
          configHash.equals(tree.get("config_hash"))
              && inputsDigest.equals(tree.get("inputs_digest"))
              && CodeVersion.get().equals(tree.get("code_version"));
      if (!same) {
        // a finished run of another config, input set or code version: this run replaces it
        fs.delete(p, false);
        return null;
      }
      return new RunStats(tree, true);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long countExtracted(Dataset<Row> decisions) {
    return decisions
        .select(explode(col("decisions")).as("d"))
        .filter(col("d.step").equalTo("extract").and(col("d.verdict").equalTo("keep")))
        .count();
  }

  /** Per step, in the order steps ran: records in, and out by verdict and reason. */
  private static List<Map<String, Object>> stepFunnel(Dataset<Row> decisions) {
    Map<String, Map<String, Object>> steps = new LinkedHashMap<>();
    Map<String, Integer> order = new TreeMap<>();
    List<Row> rows =
        decisions
            .select(posexplode(col("decisions")).as(new String[] {"pos", "d"}))
            .groupBy(col("d.step"), col("d.verdict"), col("d.reason"))
            .agg(
                org.apache.spark.sql.functions.min("pos"),
                org.apache.spark.sql.functions.count("*"))
            .collectAsList();
    for (Row r : rows) {
      order.merge(r.getString(0), r.getInt(3), Math::min);
    }
    List<String> names = new ArrayList<>(order.keySet());
    names.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
    for (String name : names) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("step", name);
      s.put("in", 0L);
      s.put("keep", 0L);
      s.put("modify", 0L);
      s.put("drop", new TreeMap<String, Long>());
      s.put("error", new TreeMap<String, Long>());
      steps.put(name, s);
    }
    for (Row r : rows) {
      Map<String, Object> s = steps.get(r.getString(0));
      String verdict = r.getString(1);
      String reason = r.isNullAt(2) ? "none" : r.getString(2);
      long n = r.getLong(4);
      s.put("in", (Long) s.get("in") + n);
      if (verdict.equals("drop") || verdict.equals("error")) {
        @SuppressWarnings("unchecked")
        Map<String, Long> m = (Map<String, Long>) s.get(verdict);
        m.merge(reason, n, Long::sum);
      } else {
        s.put(verdict, (Long) s.get(verdict) + n);
      }
    }
    return new ArrayList<>(steps.values());
  }

  private static Map<String, Long> flagCounts(Dataset<Row> decisions) {
    Map<String, Long> flags = new TreeMap<>();
    for (Row r :
        decisions.select(explode(col("flags")).as("f")).groupBy("f").count().collectAsList()) {
      flags.put(r.getString(0), r.getLong(1));
    }
    return flags;
  }

  private static double round(double v) {
    return Math.round(v * 100.0) / 100.0;
  }

  void write(Configuration hadoop, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(hadoop);
      try (OutputStream os = fs.create(p, true)) {
        JSON.writeValue(os, tree);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  /** A few lines for the console: the funnel at a glance. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "crawlsieve %s  config %s%n", tree.get("code_version"), tree.get("config_hash")));
    @SuppressWarnings("unchecked")
    Map<String, Object> rr = (Map<String, Object>) tree.get("records_read");
    @SuppressWarnings("unchecked")
    Map<String, Object> in = (Map<String, Object>) tree.get("inputs");
    sb.append(
        String.format(
            "  input files        %,d (%,d failed)%n", in.get("files"), in.get("failed")));
    sb.append(String.format("  records read       %,d  %s%n", rr.get("total"), rr.get("by_type")));
    sb.append(String.format("  documents in       %,d%n", tree.get("documents_in")));
    sb.append(String.format("  extracted          %,d%n", tree.get("extracted")));
    sb.append(String.format("  kept               %,d%n", tree.get("kept")));
    sb.append(String.format("  dropped            %,d%n", tree.get("dropped_total")));
    @SuppressWarnings("unchecked")
    Map<String, Long> dropped = (Map<String, Long>) tree.get("dropped");
    dropped.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> sb.append(String.format("    %-30s %,d%n", e.getKey(), e.getValue())));
    sb.append(
        String.format(
            "  errors             %,d  %s%n", tree.get("errors_total"), tree.get("errors")));
    @SuppressWarnings("unchecked")
    Map<String, Object> timing = (Map<String, Object>) tree.get("timing");
    sb.append(
        String.format(
            "  wall time          %s s (%s records/s)%n",
            timing.get("wall_seconds"), timing.get("records_per_second")));
    return sb.toString();
  }
}
