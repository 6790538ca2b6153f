package org.crawlsieve.jobs.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.Stages;
import org.crawlsieve.consent.ConsentEvaluator;
import org.crawlsieve.consent.ConsentResult;
import org.crawlsieve.consent.PageConsentStep;
import org.crawlsieve.consent.robots.CaptureSelector;
import org.crawlsieve.consent.robots.RobotsCapture;
import org.crawlsieve.consent.robots.RobotsVerdict;
import org.crawlsieve.consent.robots.TimeMode;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.StepRunner;
import org.crawlsieve.jobs.RecordRows;

/**
 * The robots.txt part of the consent decision, per record: a partition of candidates joined with
 * their origin's captures ({@code captures}) and tdmrep.json captures ({@code tdmrep}) in, {@code
 * (id, decision)} out. The evaluator (and its parse cache) is built once per partition; the
 * captures of consecutive rows of one origin are converted once.
 */
final class ConsentFunction implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** Evidence key: the agents (listed and {@code *}) robots.txt keeps from the URL. */
  static final String ROBOTS_BLOCKED = "robots_blocked";

  /** Evidence key: the flags the evaluation raised ({@code robots.no_capture} …). */
  static final String FLAGS = "flags";

  private final String configJson;

  ConsentFunction(String configJson) {
    this.configJson = configJson;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ConsentEvaluator evaluator =
        ConsentEvaluator.create(ConfigLoader.parse(configJson, "config").consent());
    // tdmrep.json comes with the pages (same crawl), whatever the robots.txt time mode.
    CaptureSelector tdmSelector = new CaptureSelector(TimeMode.CONTEMPORANEOUS, null);
    return new Iterator<>() {
      private boolean loaded;
      private String origin;
      private List<RobotsCapture> captures = List.of();
      private List<RobotsCapture> tdmreps = List.of();

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        String id = r.getAs("id");
        Decision d;
        try {
          d = decide(r);
        } catch (RuntimeException e) {
          d = Decision.error(Stages.CONSENT, StepRunner.exceptionReason(Stages.CONSENT), e);
        }
        return RowFactory.create(id, RecordRows.decisionRow(d));
      }

      private Decision decide(Row r) {
        String o = r.getAs("origin");
        if (!loaded || !Objects.equals(o, origin)) {
          loaded = true;
          origin = o;
          captures = RobotsTableSchema.captures(list(r, "captures"));
          tdmreps = RobotsTableSchema.captures(list(r, "tdmrep"));
        }
        Document doc = document(r);
        RobotsCapture tdmrep = null;
        if (!doc.flags().contains(PageConsentStep.TDM_PAGE_DECLARED)) {
          Instant date = doc.provenance().warcDate();
          CaptureSelector.Choice c = tdmSelector.select(tdmreps, date, doc.provenance().crawl());
          tdmrep = c == null ? null : c.capture();
        }
        ConsentResult result = evaluator.evaluate(doc, captures, tdmrep);
        Map<String, String> ev = new LinkedHashMap<>(result.decision().evidence());
        List<String> blocked = new ArrayList<>();
        for (Map.Entry<String, RobotsVerdict> e : result.verdicts().entrySet()) {
          if (!e.getValue().allowed()) {
            blocked.add(e.getKey());
          }
        }
        ev.put(ROBOTS_BLOCKED, String.join(",", blocked));
        if (!result.flags().isEmpty()) {
          ev.put(FLAGS, String.join(",", result.flags()));
        }
        Decision d = result.decision();
        return new Decision(d.step(), d.verdict(), d.reason(), d.scores(), ev);
      }
    };
  }

  private static List<Row> list(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? null : r.getList(i);
  }

  private static Document document(Row r) {
    Timestamp date = r.getAs("warc_date");
    Integer status = r.getAs("http_status");
    Long offset = r.getAs("warc_offset");
    Long length = r.getAs("warc_length");
    String url = r.getAs("url");
    Provenance p =
        new Provenance(
            r.getAs("crawl"),
            r.getAs("warc_path"),
            offset == null ? 0 : offset,
            length == null ? 0 : length,
            null,
            date == null ? null : date.toInstant(),
            url,
            null,
            status == null ? 0 : status,
            r.getAs("content_type"),
            null);
    Document.Builder b =
        Document.builder()
            .id(r.getAs("id"))
            .url(url)
            .host(r.getAs("host"))
            .domain(r.getAs("domain"))
            .provenance(p);
    int f = r.fieldIndex("flags");
    if (!r.isNullAt(f)) {
      for (Object flag : r.getList(f)) {
        b.flag((String) flag);
      }
    }
    return b.build();
  }
}
