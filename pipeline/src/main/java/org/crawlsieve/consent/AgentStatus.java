package org.crawlsieve.consent;

import org.crawlsieve.consent.robots.AgentAccess;
import org.crawlsieve.consent.robots.MatchedBy;

/**
 * One agent's standing on one host, for the domain audit.
 *
 * @param agent product token as listed ({@code *} for the global group)
 * @param access full / partial / none / unknown
 * @param matchedBy whether a group names it or it falls back to {@code *}
 */
public record AgentStatus(String agent, AgentAccess access, MatchedBy matchedBy) {}
