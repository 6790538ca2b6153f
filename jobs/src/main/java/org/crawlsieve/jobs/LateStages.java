package org.crawlsieve.jobs;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;

/** The late (shuffle) stages a config enables, in stage order. */
public final class LateStages {
  private LateStages() {}

  public static List<LateStage> of(CrawlsieveConfig config, OutputLayout out) {
    List<LateStage> stages = new ArrayList<>();
    if (!config.input().tombstones().isEmpty()) {
      stages.add(org.crawlsieve.jobs.publish.TakedownStage.fromConfig(config.input().tombstones()));
    }
    if (config.enabled(Stages.DEDUP) && config.dedup().enabled()) {
      stages.add(new DedupStage(config.dedup(), out));
    }
    return stages;
  }
}
