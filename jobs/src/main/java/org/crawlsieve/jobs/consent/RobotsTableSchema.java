package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.crawlsieve.consent.robots.RobotsCapture;

/**
 * The robots table ({@code <output>/robots/}): one row per capture of a robots.txt file (or of a
 * URL a robots.txt redirected to), as read from a crawl's robotstxt WARC files. The same columns,
 * as a struct, hold the captures grouped per origin for the join.
 */
public final class RobotsTableSchema {
  private RobotsTableSchema() {}

  /** Column names, in schema order. */
  public static final List<String> COLUMNS =
      List.of(
          "origin",
          "url",
          "crawl",
          "fetch_date",
          "status",
          "location",
          "content_type",
          "body",
          "body_cut",
          "record_id",
          "warc_path");

  public static final StructType CAPTURE =
      createStructType(
          List.of(
              createStructField("origin", StringType, true),
              createStructField("url", StringType, true),
              createStructField("crawl", StringType, true),
              createStructField("fetch_date", TimestampType, true),
              createStructField("status", IntegerType, false),
              createStructField("location", StringType, true),
              createStructField("content_type", StringType, true),
              createStructField("body", BinaryType, true),
              createStructField("body_cut", BooleanType, false),
              createStructField("record_id", StringType, true),
              createStructField("warc_path", StringType, true)));

  public static Row row(RobotsCapture c) {
    return RowFactory.create(
        c.origin(),
        c.url(),
        c.crawl(),
        c.fetchDate() == null ? null : Timestamp.from(c.fetchDate()),
        c.status(),
        c.location(),
        c.contentType(),
        c.body(),
        c.bodyCut(),
        c.recordId(),
        c.warcPath());
  }

  /** A capture from a row (or struct) with the {@link #CAPTURE} fields, read by name. */
  public static RobotsCapture capture(Row r) {
    Timestamp date = r.getAs("fetch_date");
    Integer status = r.getAs("status");
    Boolean cut = r.getAs("body_cut");
    return new RobotsCapture(
        r.getAs("origin"),
        r.getAs("url"),
        r.getAs("crawl"),
        date == null ? null : date.toInstant(),
        status == null ? 0 : status,
        r.getAs("location"),
        r.getAs("content_type"),
        r.getAs("body"),
        cut != null && cut,
        r.getAs("record_id"),
        r.getAs("warc_path"));
  }

  /** The captures of an array-of-struct column; empty for null. */
  public static List<RobotsCapture> captures(List<Row> structs) {
    List<RobotsCapture> out = new ArrayList<>();
    if (structs != null) {
      for (Row r : structs) {
        out.add(capture(r));
      }
    }
    return out;
  }
}
