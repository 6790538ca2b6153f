package org.crawlsieve.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.UserException;

/**
 * {@code takedown}: for every snapshot under a root whose latest version holds documents of a
 * domain (or host below it) or of listed URLs, writes a new version without them, whose tombstone
 * list carries the old entries forward plus the request and every removed id and URL.
 */
public final class Takedown {
  private static final Pattern TAKEDOWN_SUFFIX = Pattern.compile("^(.*)-td(\\d+)$");

  /** What to remove: a domain, or URLs (exactly one of them). */
  public record Request(String domain, List<String> urls, String urlListName, String reason) {
    public Request {
      if ((domain == null) == (urls == null)) {
        throw new UserException("give exactly one of --domain or --url-list");
      }
      if (reason == null || reason.isBlank()) {
        throw new UserException("--reason must not be empty");
      }
      domain = domain == null ? null : domain.trim().toLowerCase(Locale.ROOT);
      urls = urls == null ? null : List.copyOf(urls);
    }

    String describe() {
      return domain != null ? "domain:" + domain : "url-list:" + urlListName;
    }
  }

  /** Result per snapshot name: the new version, or null when the snapshot was unaffected. */
  public record Outcome(String name, String fromVersion, String newVersion, long removed) {}

  private final SparkSession spark;
  private final SnapshotFs fs;
  private final SnapshotStore store;

  public Takedown(SparkSession spark) {
    this.spark = spark;
    this.fs = new SnapshotFs(spark.sparkContext().hadoopConfiguration());
    this.store = new SnapshotStore(fs);
  }

  public List<Outcome> apply(String root, Request request) {
    List<String> names = store.names(new Path(root));
    if (names.isEmpty()) {
      throw new UserException("no snapshots under " + root);
    }
    String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    List<Outcome> outcomes = new ArrayList<>();
    for (String name : names) {
      Manifest latest = store.latest(new Path(new Path(root), name)).orElseThrow();
      outcomes.add(takedown(root, latest, request, now));
    }
    return outcomes;
  }

  private Outcome takedown(String root, Manifest parent, Request request, String now) {
    Path parentDir = SnapshotLayout.version(root, parent.name(), parent.version());
    List<String> files = new ArrayList<>();
    for (FileEntry f : parent.dataFiles()) {
      files.add(new Path(parentDir, f.path()).toString());
    }
    if (files.isEmpty()) {
      return new Outcome(parent.name(), parent.version(), null, 0);
    }
    Dataset<Row> docs = spark.read().parquet(files.toArray(new String[0]));
    Dataset<Row> flagged = docs.withColumn("_removed", matches(request));
    flagged.cache();
    try {
      long removed = flagged.filter(col("_removed")).count();
      if (removed == 0) {
        return new Outcome(parent.name(), parent.version(), null, 0);
      }
      List<Tombstone> tombstones =
          new ArrayList<>(Tombstones.read(fs, new Path(parentDir, SnapshotLayout.TOMBSTONES)));
      if (request.domain() != null) {
        tombstones.add(
            new Tombstone(
                Tombstone.DOMAIN,
                null,
                null,
                request.domain(),
                now,
                request.reason(),
                request.describe()));
      } else {
        for (String url : request.urls()) {
          tombstones.add(
              new Tombstone(
                  Tombstone.URL, null, url, null, now, request.reason(), request.describe()));
        }
      }
      Map<String, Long> removedByDomain = new TreeMap<>();
      Iterator<Row> it =
          flagged
              .filter(col("_removed"))
              .select("id", "url", "domain")
              .orderBy("id")
              .toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        String domain = r.isNullAt(2) ? "" : r.getString(2);
        tombstones.add(
            new Tombstone(
                Tombstone.RECORD,
                r.getString(0),
                r.getString(1),
                domain,
                now,
                request.reason(),
                request.describe()));
        removedByDomain.merge(domain, 1L, Long::sum);
      }
      Dataset<Row> kept = flagged.filter(col("_removed").equalTo(false)).drop("_removed");
      String version = nextVersion(root, parent);

      Map<String, Object> sections = new LinkedHashMap<>();
      for (String k : List.of("source", "config_hash", "config", "funnel")) {
        sections.put(k, parent.tree().get(k));
      }
      Map<String, Object> parentRef = new LinkedHashMap<>();
      parentRef.put("version", parent.version());
      parentRef.put("manifest_sha256", fs.sha256(new Path(parentDir, SnapshotLayout.MANIFEST)));
      sections.put("parent", parentRef);
      List<Object> takedowns =
          new ArrayList<>((List<?>) parent.tree().getOrDefault("takedowns", List.of()));
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("removed_at", now);
      t.put("request", request.describe());
      t.put("reason", request.reason());
      t.put("documents_removed", removed);
      t.put("from_version", parent.version());
      takedowns.add(t);
      sections.put("takedowns", takedowns);

      long parentBytes =
          ((Number) parent.section("counts").getOrDefault("data_bytes", 0L)).longValue();
      long estimated =
          parentBytes * Math.max(0, parent.documents() - removed) / Math.max(1, parent.documents());
      Object target = parent.section("layout").get("target_file_bytes");
      SnapshotWriter.Content content =
          new SnapshotWriter.Content(
              parent.name(),
              version,
              String.valueOf(parent.tree().get("license")),
              target instanceof Number n ? n.longValue() : Publisher.DEFAULT_TARGET_BYTES,
              kept,
              estimated,
              csv -> excludedDomains(parentDir, csv, removedByDomain, request),
              tombstones,
              sections);
      new SnapshotWriter(fs).write(root, content);
      return new Outcome(parent.name(), parent.version(), version, removed);
    } finally {
      flagged.unpersist();
    }
  }

  /** True for documents the request removes; never null, so no row is lost by a null test. */
  private static Column matches(Request request) {
    Column hit;
    if (request.domain() != null) {
      Column host = lower(col("host"));
      hit =
          lower(col("domain"))
              .equalTo(request.domain())
              .or(host.equalTo(request.domain()))
              .or(host.endsWith("." + request.domain()));
    } else {
      hit = col("url").isInCollection(request.urls());
    }
    return coalesce(hit, lit(false));
  }

  /** The parent's CSV plus one line per domain this takedown removed documents of. */
  private long excludedDomains(
      Path parentDir, Path csv, Map<String, Long> removedByDomain, Request request) {
    Path old = new Path(parentDir, SnapshotLayout.EXCLUDED_DOMAINS);
    String text =
        fs.exists(old) ? fs.readString(old) : String.join(",", ExcludedDomains.HEADER) + "\n";
    StringBuilder sb = new StringBuilder(text.endsWith("\n") ? text : text + "\n");
    long rows = text.isEmpty() ? 0 : text.split("\n", -1).length - 2;
    for (Map.Entry<String, Long> e : removedByDomain.entrySet()) {
      sb.append(
              String.join(
                  ",",
                  List.of(
                      Csv.field(e.getKey()),
                      e.getValue().toString(),
                      "0",
                      Csv.field(TakedownStage.REMOVED + ":" + e.getValue()),
                      "takedown",
                      "",
                      Csv.field(request.reason()),
                      "")))
          .append('\n');
      rows++;
    }
    fs.writeString(csv, sb.toString());
    return rows;
  }

  /** {@code 1.0} becomes {@code 1.0-td1}, {@code 1.0-td1} becomes {@code 1.0-td2}; never taken. */
  private String nextVersion(String root, Manifest parent) {
    String base = parent.version();
    int n = 1;
    Matcher m = TAKEDOWN_SUFFIX.matcher(base);
    if (m.matches()) {
      base = m.group(1);
      n = Integer.parseInt(m.group(2)) + 1;
    }
    while (store.exists(SnapshotLayout.version(root, parent.name(), base + "-td" + n))) {
      n++;
    }
    return base + "-td" + n;
  }
}
