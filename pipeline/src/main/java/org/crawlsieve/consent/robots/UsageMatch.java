package org.crawlsieve.consent.robots;

/**
 * A usage-preference line that applies to a URL for an agent.
 *
 * @param line the line (longest path match among its kind)
 * @param matchedBy whether it came from a group naming the agent or from a {@code *} group
 */
public record UsageMatch(UsageLine line, MatchedBy matchedBy) {}
