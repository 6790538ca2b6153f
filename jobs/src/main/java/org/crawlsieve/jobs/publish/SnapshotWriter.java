package org.crawlsieve.jobs.publish;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.crawlsieve.cli.UserException;
import org.crawlsieve.core.CodeVersion;

/**
 * Writes one snapshot version: data files, {@code domains-excluded.csv}, {@code tombstones.jsonl},
 * the dataset card and, last, the manifest; verifies the staged files against the manifest before
 * anything becomes visible ({@link SnapshotStore}).
 */
final class SnapshotWriter {
  /** What a version consists of, besides its data. */
  record Content(
      String name,
      String version,
      String license,
      long targetFileBytes,
      Dataset<Row> documents,
      long estimatedBytes,
      Function<Path, Long> excludedDomainsWriter,
      List<Tombstone> tombstones,
      Map<String, Object> sections) {}

  private final SnapshotFs fs;
  private final SnapshotStore store;

  SnapshotWriter(SnapshotFs fs) {
    this.fs = fs;
    this.store = new SnapshotStore(fs);
  }

  Manifest write(String root, Content c) {
    Path version = SnapshotLayout.version(root, c.name(), c.version());
    Path staging = store.stage(version);
    try {
      List<FileEntry> files =
          new ArrayList<>(
              new DataFiles(fs)
                  .write(c.documents(), c.estimatedBytes(), c.targetFileBytes(), staging));
      Path csv = new Path(staging, SnapshotLayout.EXCLUDED_DOMAINS);
      long excluded = c.excludedDomainsWriter().apply(csv);
      files.add(entry(staging, SnapshotLayout.EXCLUDED_DOMAINS, excluded));
      Path tombstones = new Path(staging, SnapshotLayout.TOMBSTONES);
      long tombstoneLines = Tombstones.write(fs, tombstones, c.tombstones());
      files.add(entry(staging, SnapshotLayout.TOMBSTONES, tombstoneLines));

      Map<String, Object> tree = header(c, staging, files, excluded, tombstoneLines);
      fs.writeString(
          new Path(staging, SnapshotLayout.CARD), DatasetCard.render(new Manifest(tree)));
      files.add(entry(staging, SnapshotLayout.CARD, null));
      tree.put("files", Manifest.filesJson(files));
      Manifest manifest = new Manifest(tree);

      List<String> problems = new SnapshotVerifier(fs).check(staging, manifest);
      if (!problems.isEmpty()) {
        throw new UserException(
            "staged snapshot failed verification, nothing published: "
                + String.join("; ", problems));
      }
      store.commit(staging, version, manifest);
      return manifest;
    } catch (RuntimeException e) {
      store.abandon(staging, version);
      throw e;
    }
  }

  private FileEntry entry(Path dir, String name, Long rows) {
    Path p = new Path(dir, name);
    return new FileEntry(name, rows, fs.length(p), fs.sha256(p), null);
  }

  private Map<String, Object> header(
      Content c, Path dir, List<FileEntry> files, long excludedDomains, long tombstones) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("format", Manifest.FORMAT);
    t.put("name", c.name());
    t.put("version", c.version());
    t.put("created_at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    t.put("code_version", CodeVersion.get());
    t.put("license", c.license());

    Map<String, Long> byLanguage = new TreeMap<>();
    long rows = 0;
    long bytes = 0;
    int dataFiles = 0;
    for (FileEntry f : files) {
      if (f.language() != null) {
        byLanguage.merge(f.language(), f.rows(), Long::sum);
        rows += f.rows();
        bytes += f.bytes();
        dataFiles++;
      }
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("documents", rows);
    counts.put("by_language", byLanguage);
    counts.put("data_files", dataFiles);
    counts.put("data_bytes", bytes);
    counts.put("excluded_domains", excludedDomains);
    counts.put("tombstones", tombstones);
    t.put("counts", counts);

    Map<String, Object> layout = new LinkedHashMap<>();
    layout.put("partitioning", "language");
    layout.put("files", "data/<language>/train-NNNNN-of-MMMMM.parquet");
    layout.put("rows", "spread over a language's files by xxhash64(id), sorted by id in each");
    layout.put("target_file_bytes", c.targetFileBytes());
    t.put("layout", layout);

    List<Map<String, Object>> schema = new ArrayList<>();
    for (StructField f : c.documents().schema().fields()) {
      Map<String, Object> col = new LinkedHashMap<>();
      col.put("name", f.name());
      col.put("type", f.dataType().simpleString());
      col.put("nullable", f.nullable());
      schema.add(col);
    }
    t.put("schema", schema);
    FileEntry first = files.stream().filter(f -> f.language() != null).findFirst().orElse(null);
    // Every data file must carry this schema; verify compares each footer with it.
    t.put("parquet_schema", first == null ? null : fs.parquetSchema(new Path(dir, first.path())));
    t.putAll(c.sections());
    return t;
  }
}
