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
    return process(List.of(raw)).get(0);
  }

  /**
   * The records of {@code raws}, in order, each exactly as {@link #process(RawRecord)} would give
   * it. The work runs stage by stage over the batch: every record is extracted, then each step runs
   * over every record still in. A page's parse sweeps the CPU caches, so one record at a time met
   * the parser's and every step's tables and code cold on every record; a batch meets them cold
   * once.
   */
  public List<ProcessedRecord> process(List<RawRecord> raws) {
    int n = raws.size();
    Document[] docs = new Document[n];
    List<List<Decision>> decisions = new ArrayList<>(n);
    boolean[] done = new boolean[n];
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      List<Decision> own = new ArrayList<>();
      decisions.add(own);
      RawRecord raw = raws.get(i);
      try {
        Extraction extraction = extractor.extract(raw);
        own.add(extraction.decision());
        docs[i] = extraction.document();
        done[i] = extraction.decision().verdict().excludes();
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        docs[i] = skeleton(raw);
        own.add(Decision.error(Stages.EXTRACT, StepRunner.exceptionReason(Stages.EXTRACT), e));
        done[i] = true;
      }
    }
    timings.add(Stages.EXTRACT, System.nanoTime() - t0);
    for (Step step : steps) {
      t0 = System.nanoTime();
      boolean ran = false;
      for (int i = 0; i < n; i++) {
        if (done[i]) {
          continue;
        }
        StepResult r = StepRunner.run(step, docs[i]);
        decisions.get(i).add(r.decision());
        docs[i] = r.document();
        done[i] = r.decision().verdict().excludes();
        ran = true;
      }
      if (ran) {
        timings.add(step.name(), System.nanoTime() - t0); // a step no record reached has no time
      }
    }
    List<ProcessedRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ProcessedRecord(raws.get(i).warcType(), docs[i], decisions.get(i)));
    }
    return out;
  }

  /** What is known of a record whose extraction failed: its ids and provenance. */
  private static Document skeleton(RawRecord raw) {
    String url = raw.provenance().targetUri();
    return Document.builder()
        .id(raw.provenance().recordId())
        .url(url)
        .host(Urls.host(url))
        .domain(Urls.registeredDomain(Urls.host(url)))
        .provenance(raw.provenance())
        .build();
  }
}
