package org.crawlsieve.consent.robots;

/**
 * The answer for one agent and one URL, with its evidence.
 *
 * @param allowed whether the agent may fetch the URL
 * @param reason why: {@code allow}, {@code disallow} (a rule matched), {@code no_match} (no rule
 *     matched), {@code no_group} (no group for the agent and no {@code *} group), {@code
 *     robots_txt} (the robots.txt path itself), or an outcome of the fetch ({@code unavailable},
 *     {@code unreachable}, {@code html_body}, {@code redirect_limit}, {@code redirect_uncaptured},
 *     {@code no_capture})
 * @param matchedBy how the agent found its group
 * @param line 1-based line number of the deciding rule, 0 when none
 * @param rule the deciding line as written, or null
 */
public record RobotsVerdict(
    boolean allowed, String reason, MatchedBy matchedBy, int line, String rule) {

  public static final String ALLOW = "allow";
  public static final String DISALLOW = "disallow";
  public static final String NO_MATCH = "no_match";
  public static final String NO_GROUP = "no_group";
  public static final String ROBOTS_TXT = "robots_txt";

  static RobotsVerdict of(RobotsRule rule, MatchedBy by) {
    return new RobotsVerdict(
        rule.allow(), rule.allow() ? ALLOW : DISALLOW, by, rule.line(), rule.text());
  }

  /** A verdict that no rule decided (fetch outcome, no group, no capture). */
  public static RobotsVerdict without(boolean allowed, String reason, MatchedBy by) {
    return new RobotsVerdict(allowed, reason, by, 0, null);
  }
}
