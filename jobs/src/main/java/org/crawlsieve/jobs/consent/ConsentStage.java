package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.jobs.LateStage;
import org.crawlsieve.jobs.OutputLayout;
import org.crawlsieve.jobs.RecordSchema;

/**
 * The robots.txt part of the consent stage: joins the candidates (narrow rows, no text) with their
 * origin's robots.txt captures, grouped into one row per origin (so a host with millions of pages
 * joins one row; AQE splits skewed partitions), and with the origin's tdmrep.json captures, then
 * evaluates each record with {@link ConsentFunction}. After the decisions are written it writes the
 * per-domain audit ({@code domains/}).
 */
public final class ConsentStage implements LateStage {
  /** Output of {@link #decide}. */
  static final StructType OUT =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("id", DataTypes.StringType, true),
              DataTypes.createStructField("decision", RecordSchema.DECISION, false)));

  private final CrawlsieveConfig config;
  private final OutputLayout out;
  private final String robotsTable;

  /** The origin table is built once per run, by the first of decide / afterDecisions. */
  private boolean originsWritten;

  private Dataset<Row> stage1;

  @Override
  public void stage1(Dataset<Row> rows) {
    this.stage1 = rows;
  }

  /**
   * @param robotsTable directory of the robots table ({@link RobotsTableSchema#CAPTURE} rows)
   */
  public ConsentStage(CrawlsieveConfig config, OutputLayout out, String robotsTable) {
    this.config = config;
    this.out = out;
    this.robotsTable = robotsTable;
  }

  @Override
  public String name() {
    return Stages.CONSENT;
  }

  @Override
  public Dataset<Row> decide(SparkSession spark, Dataset<Row> records) {
    Dataset<Row> candidates =
        records.select(
            col("id"),
            col("url"),
            col("host"),
            col("domain"),
            col("origin"),
            col("crawl"),
            col("warc_date"),
            col("warc_path"),
            col("warc_offset"),
            col("warc_length"),
            col("http_status"),
            col("content_type"),
            col("flags"));
    Dataset<Row> origins = originTable(spark).withColumnRenamed("origin", "o_origin");
    Dataset<Row> joined =
        candidates
            .sortWithinPartitions(col("origin"))
            .join(origins, candidates.col("origin").equalTo(origins.col("o_origin")), "left")
            .drop("o_origin");
    return joined.mapPartitions(
        new ConsentFunction(ConfigLoader.canonicalJson(config)), Encoders.row(OUT));
  }

  /**
   * Per origin: {@code captures} (robots.txt, with redirect targets) and {@code tdmrep}
   * (tdmrep.json captures from the run's own WARCs); saved under {@code _work/} for the audit.
   */
  Dataset<Row> originTable(SparkSession spark) {
    String path = out.work() + "/consent-origins";
    if (originsWritten) {
      return spark.read().parquet(path);
    }
    Dataset<Row> robots =
        RobotsTable.perOrigin(spark.read().parquet(robotsTable), config.consent().maxRedirects());
    Dataset<Row> sites = stage1.filter(col("row_kind").equalTo(SiteFiles.KIND));
    Dataset<Row> tdm =
        sites
            .groupBy(col("origin").as("t_origin"))
            .agg(
                collect_list(
                        struct(
                            col("origin"),
                            col("url"),
                            col("crawl"),
                            col("warc_date").as("fetch_date"),
                            col("http_status").as("status"),
                            lit(null).cast("string").as("location"),
                            col("content_type"),
                            col("site_file_body").as("body"),
                            lit(false).as("body_cut"),
                            col("id").as("record_id"),
                            col("warc_path")))
                    .as("tdmrep"));
    spark.sparkContext().setJobDescription("consent: robots captures per origin");
    robots
        .join(tdm, robots.col("origin").equalTo(tdm.col("t_origin")), "full_outer")
        .select(
            coalesce(col("origin"), col("t_origin")).as("origin"), col("captures"), col("tdmrep"))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path);
    originsWritten = true;
    return spark.read().parquet(path);
  }

  @Override
  public void afterDecisions(SparkSession spark, Dataset<Row> decisions) {
    spark.sparkContext().setJobDescription("consent: domains/ audit");
    DomainAudit.table(decisions, originTable(spark), config)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out.domains());
  }
}
