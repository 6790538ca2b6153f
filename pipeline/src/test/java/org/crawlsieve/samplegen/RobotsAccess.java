package org.crawlsieve.samplegen;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which tracked agents a robots.txt capture keeps away from a URL, by RFC 9309 fetch outcome and,
 * for parsed files, crawler-commons evaluating each agent on its own (passing several names at once
 * would merge their groups).
 */
final class RobotsAccess {
  private RobotsAccess() {}

  /** An agent name no file mentions: it gets the {@code *} group. */
  static final String STAR_PROBE = "samplegenprobebot";

  static String probeName(String agent) {
    return agent.equals("*") ? STAR_PROBE : agent.toLowerCase(Locale.ROOT);
  }

  /** Whether {@code agent} may fetch {@code url} under the robots.txt at {@code body}. */
  static boolean allowed(byte[] body, String robotsUrl, String agent, String url) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    BaseRobotRules rules =
        parser.parseContent(robotsUrl, body, "text/plain", List.of(probeName(agent)));
    return rules.isAllowed(url);
  }

  /** Agents in {@link RobotsCapture#AGENTS} order that may not fetch {@code url}. */
  static List<String> blocked(RobotsPlan plan, RobotsCapture capture, String url) {
    List<String> out = new ArrayList<>();
    switch (capture.outcome) {
      case "unreachable" -> out.addAll(RobotsCapture.AGENTS);
      case "parsed" -> {
        RobotsCapture target = plan.byUrl(capture.finalUrl);
        for (String agent : RobotsCapture.AGENTS) {
          if (!allowed(target.body, target.url(), agent, url)) {
            out.add(agent);
          }
        }
      }
      default -> {} // unavailable or too many redirects: everything allowed
    }
    return out;
  }

  /**
   * Writes {@code robots_blocked} (agents kept away, when any) or {@code robots_no_capture} on
   * every capture, for one crawl's robots.txt captures; {@code suffix} tells the crawls apart.
   */
  static void annotate(List<Capture> captures, RobotsPlan robots, String suffix) {
    for (Capture c : captures) {
      RobotsCapture rc = robots.byOrigin(c.site.origin());
      if (rc == null) {
        c.traits.put("robots_no_capture" + suffix, true);
        continue;
      }
      List<String> blocked = blocked(robots, rc, c.url);
      if (!blocked.isEmpty()) {
        c.traits.put("robots_blocked" + suffix, blocked);
      }
    }
  }
}
