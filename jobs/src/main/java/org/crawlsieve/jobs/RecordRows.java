package org.crawlsieve.jobs;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.ProcessedRecord;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.Urls;
import org.crawlsieve.warc.FailedInput;

/** Converts pipeline objects to rows of {@link RecordSchema#STAGE1} and back. */
public final class RecordRows {
  private RecordRows() {}

  public static final String KIND_RECORD = "record";
  public static final String KIND_FILE = "file";

  /** A document-bearing record; {@code textHash}/{@code minhash} null when not signed. */
  public static Row record(ProcessedRecord r, String textHash, long[] minhash) {
    Document d = r.document();
    Provenance p = d.provenance();
    Object[] v = new Object[RecordSchema.STAGE1.size()];
    v[0] = KIND_RECORD;
    int i = 1;
    v[i++] = d.id();
    v[i++] = d.url();
    v[i++] = d.host();
    v[i++] = d.domain();
    v[i++] = Urls.origin(d.url());
    v[i++] = p.crawl();
    v[i++] = p.warcPath();
    v[i++] = p.warcOffset();
    v[i++] = p.warcLength();
    v[i++] = p.warcDate() == null ? null : Timestamp.from(p.warcDate());
    v[i++] = r.warcType();
    v[i++] = p.payloadDigest();
    v[i++] = p.httpStatus();
    v[i++] = p.contentType();
    v[i++] = p.truncated();
    boolean excluded = r.excluded();
    // Opted-out or failed text is never stored: only kept candidates carry their text on.
    v[i++] = excluded ? null : d.text();
    v[i++] = d.title();
    v[i++] = d.language();
    v[i++] = d.languageScore();
    v[i++] = d.license();
    v[i++] = d.tokenCount();
    v[i++] = scalaMap(d.piiCounts());
    v[i++] = scalaMap(d.scores());
    v[i++] = d.flags().toArray(new String[0]);
    v[i++] = decisionRows(r.decisions()).toArray(new Row[0]);
    v[i++] = textHash;
    // Spark's row encoder takes the primitive array as it is (no Long per value); the column stays
    // array<bigint> with nullable elements, so the Parquet schema is unchanged
    v[i++] = minhash;
    return RowFactory.create(v);
  }

  /** The summary row of one input file. */
  public static Row file(
      String path, Map<String, Long> typeCounts, FailedInput failure, List<String> warnings) {
    return file(path, typeCounts, failure, warnings, Map.of(), 0L);
  }

  /** The summary row of one input file, with the time its records spent in each step. */
  public static Row file(
      String path,
      Map<String, Long> typeCounts,
      FailedInput failure,
      List<String> warnings,
      Map<String, Long> stepNanos,
      long fileNanos) {
    Object[] v = new Object[RecordSchema.STAGE1.size()];
    v[0] = KIND_FILE;
    v[RecordSchema.index("warc_path")] = path;
    v[RecordSchema.index("warc_offset")] = 0L;
    v[RecordSchema.index("warc_length")] = 0L;
    v[RecordSchema.index("file_type_counts")] = scalaMap(typeCounts);
    v[RecordSchema.index("file_failed")] = failure != null;
    v[RecordSchema.index("file_failed_offset")] = failure == null ? null : failure.offset();
    v[RecordSchema.index("file_records_read")] =
        typeCounts.values().stream().mapToLong(Long::longValue).sum();
    v[RecordSchema.index("file_error")] = failure == null ? null : failure.error();
    v[RecordSchema.index("file_warnings")] = warnings.toArray(new String[0]);
    v[RecordSchema.index("file_step_nanos")] = scalaMap(stepNanos);
    v[RecordSchema.index("file_nanos")] = fileNanos;
    return RowFactory.create(v);
  }

  public static List<Row> decisionRows(List<Decision> decisions) {
    List<Row> rows = new ArrayList<>(decisions.size());
    for (Decision d : decisions) {
      rows.add(decisionRow(d));
    }
    return rows;
  }

  public static Row decisionRow(Decision d) {
    return RowFactory.create(
        d.step(), d.verdict().code(), d.reason(), scalaMap(d.scores()), scalaMap(d.evidence()));
  }

  /** Spark's row encoder takes Scala maps for MAP columns. */
  static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(map);
  }
}
