package org.crawlsieve.jobs.publish;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * Writes a snapshot's {@code data/}: one directory per language ({@code und} when unknown), each
 * with {@code train-NNNNN-of-MMMMM.parquet} files of about the target size, rows spread over a
 * language's files by a hash of the id and sorted by id within each file. The file count per
 * language is its share of the input's bytes divided by the target size, so files come out near the
 * target whatever the compression.
 */
final class DataFiles {
  static final String UNKNOWN_LANGUAGE = "und";

  private final SnapshotFs fs;

  DataFiles(SnapshotFs fs) {
    this.fs = fs;
  }

  /** A path-safe language label: lower case, {@code [a-z0-9_-]}, {@code und} when missing. */
  static Column languageLabel() {
    Column l = regexp_replace(lower(col("language")), "[^a-z0-9_-]", "_");
    return coalesce(
        org.apache.spark.sql.functions.when(l.equalTo(""), lit(UNKNOWN_LANGUAGE)).otherwise(l),
        lit(UNKNOWN_LANGUAGE));
  }

  /**
   * @param docs documents to publish (the run's documents/ columns)
   * @param estimatedBytes the bytes these rows take as Parquet (e.g. the source table's size)
   * @param targetBytes target bytes per file
   * @param snapshot snapshot directory ({@code data/} is created in it)
   * @return the data files written, with rows, bytes and SHA-256
   */
  List<FileEntry> write(Dataset<Row> docs, long estimatedBytes, long targetBytes, Path snapshot) {
    Dataset<Row> labelled = docs.withColumn("_lang", languageLabel());
    Map<String, Long> rowsByLanguage = new TreeMap<>();
    for (Row r : labelled.groupBy("_lang").count().collectAsList()) {
      rowsByLanguage.put(r.getString(0), r.getLong(1));
    }
    long total = rowsByLanguage.values().stream().mapToLong(Long::longValue).sum();
    List<Object> mapArgs = new ArrayList<>();
    for (Map.Entry<String, Long> e : rowsByLanguage.entrySet()) {
      double share = (double) e.getValue() / Math.max(1, total);
      long files = Math.max(1, (long) Math.ceil(estimatedBytes * share / targetBytes));
      files = Math.min(files, e.getValue());
      mapArgs.add(e.getKey());
      mapArgs.add(files);
    }
    Path tmp = new Path(snapshot, "_tmp_data");
    Path data = new Path(snapshot, SnapshotLayout.DATA);
    if (total > 0) {
      Column filesPerLanguage =
          org.apache.spark.sql.functions.map(
              mapArgs.stream().map(v -> lit(v)).toArray(Column[]::new));
      labelled
          .withColumn(
              "_bucket", pmod(xxhash64(col("id")), element_at(filesPerLanguage, col("_lang"))))
          .repartition(col("_lang"), col("_bucket"))
          .sortWithinPartitions(col("_lang"), col("_bucket"), col("id"))
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("_lang", "_bucket")
          .parquet(tmp.toString());
    }
    List<FileEntry> entries = new ArrayList<>();
    fs.mkdirs(data);
    for (String language : rowsByLanguage.keySet()) {
      List<Path> parts = new ArrayList<>();
      for (FileStatus bucket : fs.list(new Path(tmp, "_lang=" + language))) {
        for (FileStatus f : fs.list(bucket.getPath())) {
          if (f.getPath().getName().endsWith(".parquet")) {
            parts.add(f.getPath());
          }
        }
      }
      parts.sort(null);
      Path langDir = new Path(data, language);
      fs.mkdirs(langDir);
      for (int i = 0; i < parts.size(); i++) {
        String name = String.format("train-%05d-of-%05d.parquet", i, parts.size());
        Path to = new Path(langDir, name);
        if (!fs.rename(parts.get(i), to)) {
          throw new java.io.UncheckedIOException(
              new java.io.IOException("cannot move " + parts.get(i) + " to " + to));
        }
        entries.add(
            new FileEntry(
                SnapshotLayout.DATA + "/" + language + "/" + name,
                fs.parquetRows(to),
                fs.length(to),
                fs.sha256(to),
                language));
      }
    }
    fs.delete(tmp);
    return entries;
  }
}
