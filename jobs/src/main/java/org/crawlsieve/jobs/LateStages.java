package org.crawlsieve.jobs;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;

/** The late (shuffle) stages a config enables, in stage order. */
public final class LateStages {
  private LateStages() {}

  public static List<LateStage> of(CrawlsieveConfig config) {
    List<LateStage> stages = new ArrayList<>();
    return stages;
  }
}
