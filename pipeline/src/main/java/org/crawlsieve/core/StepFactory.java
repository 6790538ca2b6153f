package org.crawlsieve.core;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.consent.ConsentEvaluator;
import org.crawlsieve.consent.PageConsentStep;
import org.crawlsieve.lang.LanguageDetectors;
import org.crawlsieve.lang.LanguageStep;
import org.crawlsieve.pii.PiiStep;
import org.crawlsieve.quality.QualityFilters;

/** Builds the per-record steps a config enables, in stage order. */
public final class StepFactory {
  private StepFactory() {}

  public static List<Step> perRecordSteps(CrawlsieveConfig config) {
    List<Step> steps = new ArrayList<>();
    for (String stage : Stages.ALL) {
      if (!config.enabled(stage)) {
        continue;
      }
      switch (stage) {
        case Stages.LANGUAGE ->
            steps.add(new LanguageStep(config.language(), LanguageDetectors.shared()));
        case Stages.PII -> {
          if (config.pii().enabled()) {
            steps.add(new PiiStep(config.pii()));
          }
        }
        case Stages.QUALITY ->
            steps.addAll(QualityFilters.build(config.quality(), config.input().recordBatch()));
        case Stages.CONSENT -> {
          // page-level opt-outs; the job applies robots.txt after the join
          if (config.consent().enabled()) {
            steps.add(new PageConsentStep(ConsentEvaluator.create(config.consent())));
          }
        }
        default -> {
          // extract runs before the steps; dedup needs a shuffle: jobs/
        }
      }
    }
    return steps;
  }
}
