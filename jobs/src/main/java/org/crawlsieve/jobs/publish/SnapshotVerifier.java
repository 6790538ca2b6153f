package org.crawlsieve.jobs.publish;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;

/**
 * Re-checks a snapshot against its manifest: every listed file is present with its bytes, SHA-256
 * and rows, every data file has the manifest's Parquet schema, data rows add up to the document
 * count, and no unlisted file sits among them. Each problem is one line naming the file.
 */
public final class SnapshotVerifier {
  private static final int MAX_MESSAGE = 200;

  private final SnapshotFs fs;

  public SnapshotVerifier(SnapshotFs fs) {
    this.fs = fs;
  }

  /** Problems of the snapshot at {@code dir} against its own manifest.json. */
  public List<String> verify(Path dir) {
    return check(dir, Manifest.read(fs, dir));
  }

  /** Problems of the files at {@code dir} against {@code manifest} (which may not be written). */
  public List<String> check(Path dir, Manifest manifest) {
    List<String> problems = new ArrayList<>();
    List<FileEntry> files;
    try {
      files = manifest.files();
    } catch (org.crawlsieve.cli.UserException e) {
      return List.of(oneLine(e.getMessage()));
    }
    Object schemaValue = manifest.tree().get("parquet_schema");
    String schema = schemaValue instanceof String s ? s : null;
    Set<String> listed = new HashSet<>();
    long dataRows = 0;
    for (FileEntry f : files) {
      listed.add(f.path());
      Path p = new Path(dir, f.path());
      if (!fs.exists(p)) {
        problems.add(f.path() + ": missing");
        continue;
      }
      long bytes = fs.length(p);
      if (bytes != f.bytes()) {
        problems.add(f.path() + ": size " + bytes + " bytes, manifest says " + f.bytes());
      }
      String sha;
      try {
        sha = fs.sha256(p);
      } catch (java.io.UncheckedIOException e) {
        problems.add(f.path() + ": unreadable (" + oneLine(e.getCause().getMessage()) + ")");
        continue;
      }
      if (!sha.equalsIgnoreCase(f.sha256())) {
        problems.add(f.path() + ": SHA-256 " + sha + ", manifest says " + f.sha256());
      }
      if (f.path().endsWith(".parquet")) {
        long rows;
        String fileSchema;
        try {
          rows = fs.parquetRows(p);
          fileSchema = fs.parquetSchema(p);
        } catch (RuntimeException e) {
          // a damaged footer surfaces as Parquet's own runtime exceptions, not only as I/O errors
          problems.add(
              f.path() + ": not a readable Parquet file (" + oneLine(e.getMessage()) + ")");
          continue;
        }
        dataRows += rows;
        checkRows(problems, f, rows);
        if (schema != null && !schema.equals(fileSchema)) {
          problems.add(f.path() + ": Parquet schema differs from the manifest's");
        }
      } else if (f.rows() != null) {
        long lines = fs.lineCount(p);
        checkRows(problems, f, f.path().endsWith(".csv") ? Math.max(0, lines - 1) : lines);
      }
    }
    Object docs = manifest.section("counts").get("documents");
    if (docs instanceof Number n && n.longValue() != dataRows) {
      problems.add(
          "data: " + dataRows + " rows in data files, manifest counts " + n + " documents");
    }
    for (String present : fs.listFilesRelative(dir)) {
      String name = present.substring(present.lastIndexOf('/') + 1);
      boolean hidden = name.startsWith(".") || name.startsWith("_");
      if (!hidden && !listed.contains(present) && !present.equals(SnapshotLayout.MANIFEST)) {
        problems.add(present + ": not listed in the manifest");
      }
    }
    return problems;
  }

  /**
   * A library's message folded onto one line and cut short: Parquet puts the whole schema into some
   * of its messages, and each problem must stay one line of the verify report.
   */
  static String oneLine(String message) {
    if (message == null) {
      return "no message";
    }
    String flat = message.strip().replaceAll("\\s+", " ");
    return flat.length() <= MAX_MESSAGE ? flat : flat.substring(0, MAX_MESSAGE) + " …";
  }

  private static void checkRows(List<String> problems, FileEntry f, long rows) {
    if (f.rows() != null && rows != f.rows()) {
      problems.add(f.path() + ": " + rows + " rows, manifest says " + f.rows());
    }
  }
}
