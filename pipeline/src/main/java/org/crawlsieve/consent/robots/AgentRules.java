package org.crawlsieve.consent.robots;

import java.util.List;

/**
 * The rules that apply to one agent: every group naming it, merged in file order, else every {@code
 * *} group, else none.
 *
 * @param matchedBy how the groups were found
 * @param rules merged allow/disallow rules, in file order
 * @param usage merged Content-Usage / Content-Signal lines, in file order
 */
public record AgentRules(MatchedBy matchedBy, List<RobotsRule> rules, List<UsageLine> usage) {
  public AgentRules {
    rules = List.copyOf(rules);
    usage = List.copyOf(usage);
  }
}
