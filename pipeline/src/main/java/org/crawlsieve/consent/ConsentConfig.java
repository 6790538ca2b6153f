package org.crawlsieve.consent;

import org.crawlsieve.config.Checks;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.consent.robots.RobotsParser;

/**
 * Settings of the consent stage (YAML section {@code consent}).
 *
 * @param enabled run the stage (also controlled by {@code steps})
 * @param agentsFile YAML agent list; null uses the built-in list ({@code conf/ai-agents.yaml})
 * @param extendedAgentsFile optional extra agents in the ai.robots.txt JSON format; null for none
 * @param purpose the use the corpus is for; only {@code training} is defined
 * @param timeMode {@code contemporaneous} (same crawl, nearest capture at or before the page) or
 *     {@code retroactive} (latest capture, optionally of {@code robotsCrawl})
 * @param robotsCrawl retroactive mode: only captures of this crawl id; null for the latest of any
 * @param noCapture what a page whose origin has no robots.txt capture gets: {@code allow} (flagged
 *     {@code robots.no_capture}) or {@code exclude}
 * @param starRefusal what a listed agent refused only through the {@code *} group gets: {@code
 *     exclude} (a refusal to every crawler is a refusal to AI crawlers too) or {@code report}
 *     (kept, flagged {@code robots.star_disallow})
 * @param maxRobotsBytes bytes of a robots.txt body parsed (RFC 9309: at least 500 KiB)
 * @param maxRedirects robots.txt redirects followed (RFC 9309: at least 5)
 */
public record ConsentConfig(
    Boolean enabled,
    String agentsFile,
    String extendedAgentsFile,
    String purpose,
    String timeMode,
    String robotsCrawl,
    String noCapture,
    String starRefusal,
    Integer maxRobotsBytes,
    Integer maxRedirects) {

  public static final String PURPOSE_TRAINING = "training";
  public static final String ALLOW = "allow";
  public static final String EXCLUDE = "exclude";
  public static final String REPORT = "report";

  public ConsentConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    purpose = purpose == null ? PURPOSE_TRAINING : purpose;
    timeMode = timeMode == null ? "contemporaneous" : timeMode;
    noCapture = noCapture == null ? ALLOW : noCapture;
    starRefusal = starRefusal == null ? EXCLUDE : starRefusal;
    maxRobotsBytes = maxRobotsBytes == null ? RobotsParser.DEFAULT_MAX_BYTES : maxRobotsBytes;
    maxRedirects = maxRedirects == null ? 5 : maxRedirects;
    Checks.oneOf("consent.purpose", purpose, PURPOSE_TRAINING);
    Checks.oneOf("consent.time_mode", timeMode, "contemporaneous", "retroactive");
    Checks.oneOf("consent.no_capture", noCapture, ALLOW, EXCLUDE);
    Checks.oneOf("consent.star_refusal", starRefusal, EXCLUDE, REPORT);
    Checks.positive("consent.max_robots_bytes", maxRobotsBytes);
    Checks.nonNegative("consent.max_redirects", maxRedirects);
    if (maxRedirects > 20) {
      throw new ConfigException("consent.max_redirects must be <= 20, got " + maxRedirects);
    }
    if (robotsCrawl != null && timeMode.equals("contemporaneous")) {
      throw new ConfigException(
          "consent.robots_crawl applies to time_mode: retroactive only (contemporaneous uses"
              + " each page's own crawl)");
    }
  }

  public static ConsentConfig defaults() {
    return new ConsentConfig(null, null, null, null, null, null, null, null, null, null);
  }
}
