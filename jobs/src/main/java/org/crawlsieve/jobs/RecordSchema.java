package org.crawlsieve.jobs;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Schemas of the run's intermediate and final tables. Column names follow FineWeb's where they
 * overlap ({@code text, id, dump, url, date, file_path, language, language_score, token_count}).
 */
public final class RecordSchema {
  private RecordSchema() {}

  /** One step's decision. */
  public static final StructType DECISION =
      createStructType(
          List.of(
              createStructField("step", StringType, false),
              createStructField("verdict", StringType, false),
              createStructField("reason", StringType, true),
              createStructField("scores", createMapType(StringType, DoubleType), true),
              createStructField("evidence", createMapType(StringType, StringType), true)));

  /** Provenance and identity columns shared by every per-record table. */
  static final List<StructField> IDENTITY =
      List.of(
          createStructField("id", StringType, true),
          createStructField("url", StringType, true),
          createStructField("host", StringType, true),
          createStructField("domain", StringType, true),
          createStructField("origin", StringType, true),
          createStructField("crawl", StringType, true),
          createStructField("warc_path", StringType, false),
          createStructField("warc_offset", LongType, false),
          createStructField("warc_length", LongType, false),
          createStructField("warc_date", TimestampType, true),
          createStructField("warc_type", StringType, true),
          createStructField("payload_digest", StringType, true),
          createStructField("http_status", IntegerType, true),
          createStructField("content_type", StringType, true),
          createStructField("truncated", StringType, true));

  /** Document content and tags. */
  static final List<StructField> CONTENT =
      List.of(
          createStructField("text", StringType, true),
          createStructField("title", StringType, true),
          createStructField("language", StringType, true),
          createStructField("language_score", DoubleType, true),
          createStructField("license", StringType, true),
          createStructField("token_count", IntegerType, true),
          createStructField("pii_counts", createMapType(StringType, IntegerType), true),
          createStructField("scores", createMapType(StringType, DoubleType), true),
          createStructField("flags", createArrayType(StringType), true),
          createStructField("decisions", createArrayType(DECISION), true),
          createStructField("text_hash", StringType, true),
          createStructField("minhash", createArrayType(LongType), true));

  /** Summary of one input file: record counts by WARC type and, if it broke, where and why. */
  static final List<StructField> FILE =
      List.of(
          createStructField("file_type_counts", createMapType(StringType, LongType), true),
          createStructField("file_failed", BooleanType, true),
          createStructField("file_failed_offset", LongType, true),
          createStructField("file_records_read", LongType, true),
          createStructField("file_error", StringType, true),
          createStructField("file_warnings", createArrayType(StringType), true),
          createStructField("file_step_nanos", createMapType(StringType, LongType), true),
          createStructField("file_nanos", LongType, true));

  /** Raw body of a site-wide file such as tdmrep.json (rows of kind {@code site_file}). */
  static final List<StructField> SITE_FILE =
      List.of(createStructField("site_file_body", BinaryType, true));

  /** Stage-1 output: {@code row_kind} is {@code record}, {@code file} or {@code site_file}. */
  public static final StructType STAGE1 = build();

  private static StructType build() {
    List<StructField> all = new java.util.ArrayList<>();
    all.add(createStructField("row_kind", StringType, false));
    all.addAll(IDENTITY);
    all.addAll(CONTENT);
    all.addAll(FILE);
    all.addAll(SITE_FILE);
    return createStructType(all);
  }

  public static int index(String column) {
    return STAGE1.fieldIndex(column);
  }
}
