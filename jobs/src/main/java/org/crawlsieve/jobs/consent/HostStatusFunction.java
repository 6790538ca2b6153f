package org.crawlsieve.jobs.consent;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.consent.AgentStatus;
import org.crawlsieve.consent.ConsentEvaluator;
import org.crawlsieve.consent.robots.RobotsCapture;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Provenance;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Per host, the "Consent in Crisis" standing of every listed agent and {@code *}: the host's main
 * origin's robots.txt as the time mode selects it for the host's latest page.
 */
final class HostStatusFunction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType OUT =
      createStructType(
          List.of(
              createStructField("s_host", StringType, true),
              createStructField("robots_origin", StringType, true),
              createStructField("robots_outcome", StringType, true),
              createStructField("agent_access", createMapType(StringType, StringType), true),
              createStructField("agent_matched_by", createMapType(StringType, StringType), true)));

  private final String configJson;

  HostStatusFunction(String configJson) {
    this.configJson = configJson;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ConsentEvaluator evaluator =
        ConsentEvaluator.create(ConfigLoader.parse(configJson, "config").consent());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        String url = r.getAs("p_url");
        Timestamp ts = r.getAs("p_date");
        Instant date = ts == null ? null : ts.toInstant();
        String crawl = r.getAs("p_crawl");
        int i = r.fieldIndex("captures");
        List<RobotsCapture> captures =
            RobotsTableSchema.captures(r.isNullAt(i) ? null : r.getList(i));
        Map<String, String> access = new LinkedHashMap<>();
        Map<String, String> matchedBy = new LinkedHashMap<>();
        String outcome;
        try {
          for (AgentStatus s : evaluator.hostStatus(url, date, crawl, captures)) {
            access.put(s.agent(), s.access().code());
            matchedBy.put(s.agent(), s.matchedBy().code());
          }
          Document probe =
              Document.builder()
                  .url(url)
                  .provenance(
                      new Provenance(crawl, null, 0, 0, null, date, url, null, 0, null, null))
                  .build();
          outcome = evaluator.evaluate(probe, captures, null).robots().kind().code();
        } catch (RuntimeException e) {
          outcome = "error: " + e.getClass().getSimpleName();
        }
        return RowFactory.create(
            r.getAs("p_host"),
            r.getAs("p_origin"),
            outcome,
            CollectionConverters.asScala(access),
            CollectionConverters.asScala(matchedBy));
      }
    };
  }
}
