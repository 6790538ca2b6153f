package org.crawlsieve.consent.robots;

import java.util.List;

/**
 * A group: one or more consecutive {@code user-agent} lines and the lines that follow them until
 * the next {@code user-agent} line after a rule.
 *
 * @param agents product tokens, lower-cased ({@code *} for the global group)
 * @param rules allow/disallow rules in file order
 * @param usage Content-Usage / Content-Signal lines in file order
 * @param line line number of the group's first {@code user-agent} line
 */
public record RobotsGroup(
    List<String> agents, List<RobotsRule> rules, List<UsageLine> usage, int line) {
  public RobotsGroup {
    agents = List.copyOf(agents);
    rules = List.copyOf(rules);
    usage = List.copyOf(usage);
  }
}
