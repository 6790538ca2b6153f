package org.crawlsieve.jobs;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.jobs.consent.ConsentStage;

/** The late (shuffle) stages a config enables, in stage order. */
public final class LateStages {
  private LateStages() {}

  /** Without a robots table: no robots.txt join (page-level consent still runs per record). */
  public static List<LateStage> of(CrawlsieveConfig config, OutputLayout out) {
    return of(config, out, null);
  }

  /**
   * @param robotsTable directory of a robots table (see {@code docs/consent.md}), or null
   */
  public static List<LateStage> of(CrawlsieveConfig config, OutputLayout out, String robotsTable) {
    List<LateStage> stages = new ArrayList<>();
    if (!config.input().tombstones().isEmpty()) {
      stages.add(org.crawlsieve.jobs.publish.TakedownStage.fromConfig(config.input().tombstones()));
    }
    if (robotsTable != null && config.enabled(Stages.CONSENT) && config.consent().enabled()) {
      stages.add(new ConsentStage(config, out, robotsTable));
    }
    if (config.enabled(Stages.DEDUP) && config.dedup().enabled()) {
      stages.add(new DedupStage(config.dedup(), out));
    }
    return stages;
  }
}
