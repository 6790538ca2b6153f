package org.crawlsieve.consent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The AI agents whose robots.txt rules are honoured, with the list's version (written into
 * evidence). Product tokens are kept as written; duplicates (case-insensitive) are dropped. The
 * {@code *} agent is not a member: it is always evaluated and reported separately.
 *
 * @param version identifies the list (and any extension) in evidence
 * @param agents product tokens, in list order
 */
public record AgentList(String version, List<String> agents) implements Serializable {
  private static final long serialVersionUID = 1L;

  public AgentList {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("agent list needs a version");
    }
    List<String> unique = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String a : agents) {
      String key = a.strip().toLowerCase(Locale.ROOT);
      if (!key.isEmpty() && !key.equals("*") && !seen.contains(key)) {
        seen.add(key);
        unique.add(a.strip());
      }
    }
    agents = List.copyOf(unique);
  }

  /** True when {@code token} names a listed agent (case-insensitive). */
  public boolean contains(String token) {
    if (token == null) {
      return false;
    }
    for (String a : agents) {
      if (a.equalsIgnoreCase(token.strip())) {
        return true;
      }
    }
    return false;
  }

  /** This list plus {@code more}'s agents, under a combined version. */
  public AgentList plus(AgentList more) {
    List<String> all = new ArrayList<>(agents);
    all.addAll(more.agents());
    return new AgentList(version + "+" + more.version(), all);
  }
}
