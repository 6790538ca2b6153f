package org.crawlsieve.jobs.publish;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.jobs.OutputLayout;

/** {@code publish}: a run's documents/ as a new snapshot version. */
public final class Publisher {
  /** Default target size of a data file: about 500 MB, as the Hub's viewer and loaders like. */
  public static final long DEFAULT_TARGET_BYTES = 500L * 1000 * 1000;

  private static final List<String> FUNNEL_KEYS =
      List.of(
          "records_read",
          "documents_in",
          "extracted",
          "kept",
          "documents_written",
          "dropped_total",
          "dropped",
          "errors_total",
          "errors",
          "steps",
          "flags",
          "inputs");

  private final SparkSession spark;
  private final SnapshotFs fs;

  public Publisher(SparkSession spark) {
    this.spark = spark;
    this.fs = new SnapshotFs(spark.sparkContext().hadoopConfiguration());
  }

  public Manifest publish(
      String runDir, String root, String name, String version, long targetBytes, String license) {
    SnapshotLayout.checkName("snapshot name", name);
    SnapshotLayout.checkName("version", version);
    if (targetBytes <= 0) {
      throw new UserException("--target-file-bytes must be > 0, got " + targetBytes);
    }
    OutputLayout run = new OutputLayout(runDir);
    for (String needed : List.of(run.documents(), run.decisions(), run.stats())) {
      if (!fs.exists(new Path(needed))) {
        throw new UserException(runDir + " is not a finished run: " + needed + " is missing");
      }
    }
    if (new SnapshotStore(fs).exists(SnapshotLayout.version(root, name, version))) {
      // Checked again when staging; this fails before any Spark work.
      new SnapshotStore(fs).stage(SnapshotLayout.version(root, name, version));
    }
    Map<String, Object> stats = readStats(run.stats());
    Dataset<Row> documents = spark.read().parquet(run.documents());
    Dataset<Row> decisions = spark.read().parquet(run.decisions());

    Map<String, Object> sections = new LinkedHashMap<>();
    sections.put("source", source(runDir, stats, decisions));
    sections.put("config_hash", stats.get("config_hash"));
    sections.put("config", stats.get("config"));
    Map<String, Object> funnel = new LinkedHashMap<>();
    for (String k : FUNNEL_KEYS) {
      if (stats.containsKey(k)) {
        funnel.put(k, stats.get(k));
      }
    }
    sections.put("funnel", funnel);
    sections.put("takedowns", List.of());

    List<Tombstone> carried = new ArrayList<>();
    for (String location : configuredTombstones(stats)) {
      carried.addAll(Tombstones.read(fs, Tombstones.resolve(fs, location)));
    }
    Dataset<Row> excluded = ExcludedDomains.compute(decisions);
    SnapshotWriter.Content content =
        new SnapshotWriter.Content(
            name,
            version,
            license,
            targetBytes,
            documents,
            fs.totalBytes(new Path(run.documents())),
            csv -> ExcludedDomains.write(fs, excluded, csv),
            carried,
            sections);
    return new SnapshotWriter(fs).write(root, content);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> readStats(String path) {
    try {
      return Manifest.JSON.readValue(fs.readString(new Path(path)), LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new UserException(path + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> configuredTombstones(Map<String, Object> stats) {
    Object config = stats.get("config");
    Object input = config instanceof Map<?, ?> c ? c.get("input") : null;
    Object list = input instanceof Map<?, ?> i ? i.get("tombstones") : null;
    return list instanceof List<?> l ? (List<String>) l : List.of();
  }

  /**
   * Crawls and, per crawl, the WARC files the run read (those that yielded a record or failed),
   * with the SHA-256 of their sorted listing, so a reader can check which inputs fed the corpus.
   */
  private Map<String, Object> source(
      String runDir, Map<String, Object> stats, Dataset<Row> decisions) {
    Map<String, TreeSet<String>> byCrawl = new TreeMap<>();
    for (Row r : decisions.select(col("dump"), col("warc_path")).distinct().collectAsList()) {
      String crawl = r.isNullAt(0) ? "unknown" : r.getString(0);
      byCrawl.computeIfAbsent(crawl, k -> new TreeSet<>()).add(r.getString(1));
    }
    Map<String, Object> listings = new LinkedHashMap<>();
    for (Map.Entry<String, TreeSet<String>> e : byCrawl.entrySet()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("warc_files", e.getValue().size());
      l.put("listing_sha256", sha256(String.join("\n", e.getValue()) + "\n"));
      listings.put(e.getKey(), l);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("run", runDir);
    s.put("run_code_version", stats.get("code_version"));
    s.put("config_hash", stats.get("config_hash"));
    s.put("crawls", new ArrayList<>(byCrawl.keySet()));
    s.put("warc_listings", listings);
    s.put("input_files", stats.get("inputs"));
    return s;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
