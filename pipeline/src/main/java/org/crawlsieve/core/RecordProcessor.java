package org.crawlsieve.core;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.extract.Extraction;
import org.crawlsieve.warc.RawRecord;

/**
 * The per-record part of the pipeline: extract, then every enabled per-record step in stage order.
 * Built once per partition; not thread-safe. Steps after an excluding decision do not run (their
 * work would be thrown away), except that the record keeps the decisions made so far.
 */
public final class RecordProcessor {
  private final DocumentExtractor extractor;
  private final List<Step> steps;
  private final StepTimings timings = new StepTimings();

  public RecordProcessor(CrawlsieveConfig config) {
    this(new DocumentExtractor(config.extract()), StepFactory.perRecordSteps(config));
  }

  public RecordProcessor(DocumentExtractor extractor, List<Step> steps) {
    this.extractor = extractor;
    this.steps = List.copyOf(steps);
  }

  /** Time spent per step by this processor so far (datatrove-style: every step times itself). */
  public StepTimings timings() {
    return timings;
  }

  public List<Step> steps() {
    return steps;
  }

  public ProcessedRecord process(RawRecord raw) {
    List<Decision> decisions = new ArrayList<>();
    Extraction extraction;
    try {
      long t0 = System.nanoTime();
      extraction = extractor.extract(raw);
      timings.add(Stages.EXTRACT, System.nanoTime() - t0);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      Document skeleton =
          Document.builder()
              .id(raw.provenance().recordId())
              .url(raw.provenance().targetUri())
              .host(Urls.host(raw.provenance().targetUri()))
              .domain(Urls.registeredDomain(Urls.host(raw.provenance().targetUri())))
              .provenance(raw.provenance())
              .build();
      decisions.add(Decision.error(Stages.EXTRACT, StepRunner.exceptionReason(Stages.EXTRACT), e));
      return new ProcessedRecord(raw.warcType(), skeleton, decisions);
    }
    decisions.add(extraction.decision());
    Document doc = extraction.document();
    if (extraction.decision().verdict().excludes()) {
      return new ProcessedRecord(raw.warcType(), doc, decisions);
    }
    for (Step step : steps) {
      long t0 = System.nanoTime();
      StepResult r = StepRunner.run(step, doc);
      timings.add(step.name(), System.nanoTime() - t0);
      decisions.add(r.decision());
      doc = r.document();
      if (r.decision().verdict().excludes()) {
        break;
      }
    }
    return new ProcessedRecord(raw.warcType(), doc, decisions);
  }
}
