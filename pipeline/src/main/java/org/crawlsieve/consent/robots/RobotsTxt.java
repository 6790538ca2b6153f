package org.crawlsieve.consent.robots;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed robots.txt file. Immutable apart from a thread-safe cache of merged groups per agent.
 * Evaluates one agent at a time: asking for {@code GPTBot} never mixes in {@code CCBot}'s group.
 */
public final class RobotsTxt {
  private static final String ROBOTS_PATH = "/robots.txt";

  private final List<RobotsGroup> groups;
  private final List<RobotsParser.FileLine> licenses;
  private final List<RobotsParser.FileLine> sitemaps;
  private final int directives;
  private final int ignoredLines;
  private final int lines;
  private final boolean truncated;
  private final Map<String, AgentRules> merged = new ConcurrentHashMap<>();

  RobotsTxt(
      List<RobotsGroup> groups,
      List<RobotsParser.FileLine> licenses,
      List<RobotsParser.FileLine> sitemaps,
      int directives,
      int ignoredLines,
      int lines,
      boolean truncated) {
    this.groups = List.copyOf(groups);
    this.licenses = List.copyOf(licenses);
    this.sitemaps = List.copyOf(sitemaps);
    this.directives = directives;
    this.ignoredLines = ignoredLines;
    this.lines = lines;
    this.truncated = truncated;
  }

  public List<RobotsGroup> groups() {
    return groups;
  }

  /** RSL {@code License:} lines (file level). */
  public List<RobotsParser.FileLine> licenses() {
    return licenses;
  }

  public List<RobotsParser.FileLine> sitemaps() {
    return sitemaps;
  }

  /** Lines with a known directive. */
  public int directives() {
    return directives;
  }

  /** Non-empty lines skipped as malformed, unknown, or outside any group. */
  public int ignoredLines() {
    return ignoredLines;
  }

  public int lines() {
    return lines;
  }

  /** True when the body was longer than the bound and its tail was not read. */
  public boolean truncated() {
    return truncated;
  }

  /** The groups that apply to {@code agent} (a product token, case-insensitive), merged. */
  public AgentRules rulesFor(String agent) {
    String key = agent == null ? "*" : agent.toLowerCase(Locale.ROOT);
    return merged.computeIfAbsent(key, this::merge);
  }

  private AgentRules merge(String agent) {
    AgentRules named = agent.equals("*") ? null : collect(agent, MatchedBy.NAME);
    if (named != null) {
      return named;
    }
    AgentRules star = collect("*", MatchedBy.STAR);
    return star != null ? star : new AgentRules(MatchedBy.NONE, List.of(), List.of());
  }

  private AgentRules collect(String token, MatchedBy by) {
    List<RobotsRule> rules = new ArrayList<>();
    List<UsageLine> usage = new ArrayList<>();
    boolean found = false;
    for (RobotsGroup g : groups) {
      if (g.agents().contains(token)) {
        found = true;
        rules.addAll(g.rules());
        usage.addAll(g.usage());
      }
    }
    if (!found) {
      return null;
    }
    rules.sort((a, b) -> Integer.compare(a.line(), b.line()));
    usage.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new AgentRules(by, rules, usage);
  }

  /**
   * Whether {@code agent} may fetch {@code url} (a full URL or a path): the longest matching
   * pattern wins, Allow wins a tie, the earlier line wins among equals; no match allows.
   */
  public RobotsVerdict check(String agent, String url) {
    AgentRules rules = rulesFor(agent);
    String path = RobotsPaths.pathOf(url);
    if (pathOnly(path).equals(ROBOTS_PATH)) {
      return RobotsVerdict.without(true, RobotsVerdict.ROBOTS_TXT, rules.matchedBy());
    }
    if (rules.matchedBy() == MatchedBy.NONE) {
      return RobotsVerdict.without(true, RobotsVerdict.NO_GROUP, MatchedBy.NONE);
    }
    RobotsRule best = null;
    for (RobotsRule r : rules.rules()) {
      if (!r.path().matches(path)) {
        continue;
      }
      if (best == null
          || r.path().length() > best.path().length()
          || (r.path().length() == best.path().length() && r.allow() && !best.allow())) {
        best = r;
      }
    }
    if (best == null) {
      return RobotsVerdict.without(true, RobotsVerdict.NO_MATCH, rules.matchedBy());
    }
    return RobotsVerdict.of(best, rules.matchedBy());
  }

  /**
   * The "Consent in Crisis" class of the agent on this host: {@code FULL} when the root is
   * disallowed and no Allow rule opens anything, {@code PARTIAL} when some rule disallows, {@code
   * NONE} otherwise.
   */
  public AgentAccess access(String agent) {
    AgentRules rules = rulesFor(agent);
    boolean anyDisallow = false;
    boolean anyAllow = false;
    for (RobotsRule r : rules.rules()) {
      if (r.allow()) {
        anyAllow = true;
      } else {
        anyDisallow = true;
      }
    }
    if (!anyDisallow) {
      return AgentAccess.NONE;
    }
    if (!anyAllow && !check(agent, "/").allowed()) {
      return AgentAccess.FULL;
    }
    return AgentAccess.PARTIAL;
  }

  /**
   * The usage-preference lines that apply to {@code url} for {@code agent}: per vocabulary, the
   * longest matching path among the agent's groups and the {@code *} groups (preferences are a
   * statement about use, not crawling, so a site-wide {@code *} statement binds every agent); lines
   * tied on length are all returned, so a refusal among them wins.
   */
  public List<UsageMatch> usage(String agent, String url) {
    String path = RobotsPaths.pathOf(url);
    List<UsageMatch> candidates = new ArrayList<>();
    AgentRules own = rulesFor(agent);
    own.usage().forEach(l -> candidates.add(new UsageMatch(l, own.matchedBy())));
    if (own.matchedBy() == MatchedBy.NAME) {
      AgentRules star = rulesFor("*");
      if (star.matchedBy() == MatchedBy.STAR) {
        star.usage().forEach(l -> candidates.add(new UsageMatch(l, MatchedBy.STAR)));
      }
    }
    List<UsageMatch> out = new ArrayList<>();
    for (UsageLine.Kind kind : UsageLine.Kind.values()) {
      int best = -1;
      for (UsageMatch m : candidates) {
        if (m.line().kind() == kind && m.line().path().matches(path)) {
          best = Math.max(best, m.line().path().length());
        }
      }
      for (UsageMatch m : candidates) {
        if (m.line().kind() == kind
            && m.line().path().length() == best
            && m.line().path().matches(path)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static String pathOnly(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
