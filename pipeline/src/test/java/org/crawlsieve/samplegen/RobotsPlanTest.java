package org.crawlsieve.samplegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The access stated beside each hand-written robots.txt agrees with crawler-commons. */
class RobotsPlanTest {
  /** Paths that hit every rule of the sample's files, and some that hit none. */
  private static final List<String> PROBES =
      List.of(
          "/",
          "/index.html",
          "/2026/02/a-story",
          "/article/123-x.html",
          "/wiki/Page",
          "/wiki/private/a",
          "/wiki/drafts/b",
          "/wiki/Special:Random",
          "/wiki/Special:Search",
          "/tools/",
          "/tools/calc",
          "/search",
          "/search/",
          "/account/",
          "/live/x",
          "/a?print=1",
          "/report.pdf",
          "/page?sessionid=1",
          "/wp-admin/",
          "/wp-admin/admin-ajax.php",
          "/growing-chillies-indoors/",
          "/cgi-bin/x",
          "/suche/",
          "/recherche",
          "/admin",
          "/admin/x");

  static String classify(RobotsPlan plan, RobotsCapture c, String agent) {
    RobotsCapture target = plan.byUrl(c.finalUrl);
    int allowed = 0;
    for (String p : PROBES) {
      String origin = target.url().substring(0, target.url().indexOf('/', 8));
      if (RobotsAccess.allowed(target.body, target.url(), agent, origin + p)) {
        allowed++;
      }
    }
    return allowed == 0 ? "full" : allowed == PROBES.size() ? "none" : "partial";
  }

  private static void check(RobotsPlan plan) {
    int checked = 0;
    for (RobotsCapture c : plan.captures) {
      if (c.redirectHop || !c.outcome.equals("parsed")) {
        continue;
      }
      assertNotNull(plan.byUrl(c.finalUrl), c.origin);
      for (int i = 0; i < RobotsCapture.AGENTS.size(); i++) {
        String agent = RobotsCapture.AGENTS.get(i);
        assertEquals(c.access.get(i), classify(plan, c, agent), c.origin + " " + agent);
        checked++;
      }
    }
    assertEquals(true, checked > 150, "checked " + checked);
  }

  @Test
  void statedAccessMatchesCrawlerCommonsInThisCrawl() {
    RobotsPlan plan = RobotsPlan.current();
    plan.finish(CapturePlan.CRAWL, CapturePlan.CRAWL_START, CapturePlan.SEED);
    check(plan);
  }

  @Test
  void statedAccessMatchesCrawlerCommonsInTheLaterCrawl() {
    RobotsPlan now = RobotsPlan.current();
    now.finish(CapturePlan.CRAWL, CapturePlan.CRAWL_START, CapturePlan.SEED);
    RobotsPlan later = RobotsPlan.later(now);
    later.finish(RobotsPlan.LATER_CRAWL, RobotsPlan.LATER_START, CapturePlan.SEED);
    check(later);
  }
}
