package org.crawlsieve.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crawlsieve.config.Stages;
import org.crawlsieve.consent.page.PageSignalReader;
import org.crawlsieve.consent.page.TdmRepFile;
import org.crawlsieve.consent.robots.AgentAccess;
import org.crawlsieve.consent.robots.CaptureSelector;
import org.crawlsieve.consent.robots.MatchedBy;
import org.crawlsieve.consent.robots.RobotsCapture;
import org.crawlsieve.consent.robots.RobotsParser;
import org.crawlsieve.consent.robots.RobotsResolution;
import org.crawlsieve.consent.robots.RobotsResolver;
import org.crawlsieve.consent.robots.RobotsTxt;
import org.crawlsieve.consent.robots.RobotsVerdict;
import org.crawlsieve.consent.robots.TimeMode;
import org.crawlsieve.consent.robots.UsageLine;
import org.crawlsieve.consent.robots.UsageMatch;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.Verdict;

/**
 * The consent decision for one record: robots.txt for every listed AI agent and {@code *}, the
 * usage-preference lines of robots.txt, and the page-level signals. Any restriction for the
 * training purpose excludes; an explicit allow never overrides another signal's restriction.
 *
 * <p>Build one per task (it caches parsed robots.txt files; not thread-safe) and call {@link
 * #apply} per record after joining the record with its origin's robots.txt captures.
 */
public final class ConsentEvaluator {
  private final ConsentConfig config;
  private final AgentList agents;
  private final PageSignalReader pageSignals;
  private final RobotsResolver resolver;

  public ConsentEvaluator(ConsentConfig config, AgentList agents) {
    this.config = config;
    this.agents = agents;
    this.pageSignals = new PageSignalReader(agents);
    TimeMode mode = TimeMode.of(config.timeMode());
    this.resolver =
        new RobotsResolver(
            new RobotsParser(config.maxRobotsBytes()),
            new CaptureSelector(mode, config.robotsCrawl()),
            config.maxRedirects());
  }

  /** An evaluator with the agent list the config names (default: the built-in list). */
  public static ConsentEvaluator create(ConsentConfig config) {
    return new ConsentEvaluator(config, AgentLists.load(config));
  }

  public AgentList agents() {
    return agents;
  }

  public ConsentConfig config() {
    return config;
  }

  /**
   * The full decision, as a step result: the document (with {@code robots.*} flags added) and the
   * {@code consent} decision.
   *
   * @param doc the record
   * @param robotsCaptures captures of the record's origin's robots.txt and of the URLs it redirects
   *     to, any crawl, any order (empty when none)
   * @param tdmrep a capture of the origin's {@code /.well-known/tdmrep.json}, or null
   */
  public StepResult apply(
      Document doc, Collection<RobotsCapture> robotsCaptures, RobotsCapture tdmrep) {
    ConsentResult r = evaluate(doc, robotsCaptures, tdmrep);
    return StepResult.of(withFlags(doc, r.flags()), r.decision());
  }

  /** Page-level signals only (no robots.txt): what the per-record step applies. */
  public ConsentResult evaluatePage(Document doc) {
    List<Signal> signals = pageSignals.read(doc, null);
    Map<String, String> base = baseEvidence();
    List<Restriction> restrictions = new ArrayList<>();
    pageRestrictions(signals, restrictions);
    return new ConsentResult(decide(base, restrictions), signals, List.of(), null, Map.of());
  }

  /** The full evaluation; see {@link #apply}. */
  public ConsentResult evaluate(
      Document doc, Collection<RobotsCapture> robotsCaptures, RobotsCapture tdmrep) {
    Instant date = doc.provenance() == null ? null : doc.provenance().warcDate();
    String crawl = doc.provenance() == null ? null : doc.provenance().crawl();
    Collection<RobotsCapture> captures = robotsCaptures == null ? List.of() : robotsCaptures;
    RobotsResolution res = resolver.resolve(doc.url(), date, crawl, captures);
    List<Signal> signals = new ArrayList<>(pageSignals.read(doc, tdmRepFile(tdmrep)));
    List<String> flags = new ArrayList<>(res.flags());
    Map<String, String> base = baseEvidence();
    base.put("robots_outcome", res.kind().code());
    captureEvidence(res, base);

    Map<String, RobotsVerdict> verdicts = verdicts(res, doc.url());
    List<Restriction> restrictions = new ArrayList<>();
    robotsRestrictions(res, verdicts, flags, restrictions);
    if (res.robots() != null) {
      usageSignals(res.robots(), doc.url(), signals);
      for (var l : res.robots().licenses()) {
        signals.add(new Signal(Signal.RSL_LICENSE, Signal.ROBOTS, "*", l.value(), false));
      }
    }
    pageRestrictions(signals, restrictions);
    return new ConsentResult(decide(base, restrictions), signals, flags, res, verdicts);
  }

  /** Per-agent standing on the host of {@code url} (listed agents, then {@code *}), for audits. */
  public List<AgentStatus> hostStatus(
      String url, Instant date, String crawl, Collection<RobotsCapture> robotsCaptures) {
    RobotsResolution res = resolver.resolve(url, date, crawl, robotsCaptures);
    List<AgentStatus> out = new ArrayList<>();
    for (String agent : agentsAndStar()) {
      MatchedBy by =
          res.robots() == null ? MatchedBy.NONE : res.robots().rulesFor(agent).matchedBy();
      AgentAccess access = res.access(agent);
      out.add(new AgentStatus(agent, access, by));
    }
    return out;
  }

  private List<String> agentsAndStar() {
    List<String> all = new ArrayList<>(agents.agents());
    all.add("*");
    return all;
  }

  private Map<String, RobotsVerdict> verdicts(RobotsResolution res, String url) {
    Map<String, RobotsVerdict> out = new LinkedHashMap<>();
    RobotsVerdict star = res.verdict("*", url);
    RobotsTxt robots = res.robots();
    for (String agent : agents.agents()) {
      boolean viaStar = robots != null && robots.rulesFor(agent).matchedBy() == MatchedBy.STAR;
      out.put(agent, viaStar ? star : res.verdict(agent, url));
    }
    out.put("*", star);
    return out;
  }

  private void robotsRestrictions(
      RobotsResolution res,
      Map<String, RobotsVerdict> verdicts,
      List<String> flags,
      List<Restriction> out) {
    if (res.missing()) {
      if (config.noCapture().equals(ConsentConfig.EXCLUDE)) {
        out.add(
            new Restriction(
                ConsentReasons.ROBOTS_NO_CAPTURE,
                evidence("robots", Signal.ROBOTS, "*", MatchedBy.NONE, 0, null, null)));
      }
      return;
    }
    if (res.kind() == RobotsResolution.Kind.UNREACHABLE) {
      int status = res.capture() == null ? 0 : res.capture().status();
      out.add(
          new Restriction(
              ConsentReasons.ROBOTS_UNAVAILABLE,
              evidence("robots", Signal.ROBOTS, "*", MatchedBy.NONE, 0, null, "status " + status)));
      return;
    }
    List<String> named = new ArrayList<>();
    List<String> viaStar = new ArrayList<>();
    for (Map.Entry<String, RobotsVerdict> e : verdicts.entrySet()) {
      if (e.getKey().equals("*") || e.getValue().allowed()) {
        continue;
      }
      (e.getValue().matchedBy() == MatchedBy.NAME ? named : viaStar).add(e.getKey());
    }
    boolean starExcludes = config.starRefusal().equals(ConsentConfig.EXCLUDE);
    if (!named.isEmpty()) {
      out.add(robotsRestriction(ConsentReasons.ROBOTS_DISALLOW, named, verdicts));
    }
    if (!viaStar.isEmpty() && starExcludes) {
      out.add(robotsRestriction(ConsentReasons.ROBOTS_DISALLOW_STAR, viaStar, verdicts));
    }
    if (!verdicts.get("*").allowed() && (viaStar.isEmpty() || !starExcludes)) {
      flags.add("robots.star_disallow");
    }
  }

  private static Restriction robotsRestriction(
      String reason, List<String> refusing, Map<String, RobotsVerdict> verdicts) {
    String agent = refusing.get(0);
    RobotsVerdict v = verdicts.get(agent);
    Map<String, String> ev =
        evidence("robots", Signal.ROBOTS, agent, v.matchedBy(), v.line(), v.rule(), null);
    ev.put("agents", String.join(",", refusing));
    return new Restriction(reason, ev);
  }

  /** Content-Usage / Content-Signal lines of robots.txt that apply, as signals. */
  private void usageSignals(RobotsTxt robots, String url, List<Signal> signals) {
    Map<Integer, Signal> byLine = new TreeMap<>();
    for (String agent : agentsAndStar()) {
      for (UsageMatch m : robots.usage(agent, url)) {
        UsageLine l = m.line();
        boolean refused =
            l.kind() == UsageLine.Kind.CONTENT_USAGE
                ? TrainingPurpose.refusedByContentUsage(l.prefs())
                : TrainingPurpose.refusedByContentSignal(l.prefs());
        String who = m.matchedBy() == MatchedBy.NAME ? agent : "*";
        byLine.putIfAbsent(
            l.line(), new Signal(l.kind().signal(), Signal.ROBOTS, who, l.text(), refused));
      }
    }
    signals.addAll(byLine.values());
  }

  /** Opt-out signals (page and robots.txt usage lines) to restrictions, first of each kind. */
  private static void pageRestrictions(List<Signal> signals, List<Restriction> out) {
    Map<String, String> reasonOf =
        Map.of(
            Signal.NOAI, ConsentReasons.NOAI,
            Signal.TDM_RESERVATION, ConsentReasons.TDM_RESERVATION,
            Signal.CONTENT_USAGE, ConsentReasons.CONTENT_USAGE,
            Signal.CONTENT_SIGNAL, ConsentReasons.CONTENT_SIGNAL);
    for (Signal s : signals) {
      String reason = reasonOf.get(s.signal());
      if (!s.optout() || reason == null || out.stream().anyMatch(r -> r.reason().equals(reason))) {
        continue;
      }
      MatchedBy by = s.agent().equals("*") ? MatchedBy.STAR : MatchedBy.NAME;
      out.add(
          new Restriction(
              reason, evidence(s.signal(), s.carrier(), s.agent(), by, 0, null, s.value())));
    }
  }

  private static Map<String, String> evidence(
      String signal,
      String carrier,
      String agent,
      MatchedBy by,
      int line,
      String rule,
      String value) {
    Map<String, String> ev = new LinkedHashMap<>();
    ev.put("signal", signal);
    ev.put("carrier", carrier);
    ev.put("agent", agent);
    ev.put("matched_by", by.code());
    if (line > 0) {
      ev.put("line", Integer.toString(line));
    }
    if (rule != null) {
      ev.put("rule", rule);
    }
    if (value != null) {
      ev.put("value", value);
    }
    return ev;
  }

  private Map<String, String> baseEvidence() {
    Map<String, String> ev = new LinkedHashMap<>();
    ev.put("agent_list_version", agents.version());
    ev.put("time_mode", config.timeMode());
    ev.put("purpose", config.purpose());
    return ev;
  }

  private static void captureEvidence(RobotsResolution res, Map<String, String> ev) {
    RobotsCapture c = res.capture();
    if (c == null) {
      return;
    }
    ev.put("capture_uri", c.url());
    if (c.recordId() != null) {
      ev.put("capture_record_id", c.recordId());
    }
    if (c.fetchDate() != null) {
      ev.put("capture_date", c.fetchDate().toString());
    }
    ev.put("capture_status", Integer.toString(c.status()));
    if (c.warcPath() != null) {
      ev.put("capture_warc", c.warcPath());
    }
    if (res.chain().size() > 1) {
      List<String> urls = res.chain().stream().map(RobotsCapture::url).toList();
      ev.put("capture_chain", String.join(" -> ", urls));
    }
  }

  private static Decision decide(Map<String, String> base, List<Restriction> restrictions) {
    if (restrictions.isEmpty()) {
      return new Decision(Stages.CONSENT, Verdict.KEEP, null, Map.of(), base);
    }
    restrictions.sort(
        (a, b) ->
            Integer.compare(
                ConsentReasons.PRIORITY.indexOf(a.reason()),
                ConsentReasons.PRIORITY.indexOf(b.reason())));
    Restriction first = restrictions.get(0);
    Map<String, String> ev = new LinkedHashMap<>(base);
    ev.putAll(first.evidence());
    ev.put("reasons", String.join(",", restrictions.stream().map(Restriction::reason).toList()));
    return Decision.drop(Stages.CONSENT, first.reason(), ev);
  }

  private static TdmRepFile tdmRepFile(RobotsCapture c) {
    if (c == null || c.status() < 200 || c.status() >= 300) {
      return null;
    }
    return TdmRepFile.parse(c.body());
  }

  private static Document withFlags(Document doc, List<String> flags) {
    if (flags.isEmpty()) {
      return doc;
    }
    Document.Builder b = doc.toBuilder();
    flags.forEach(b::flag);
    return b.build();
  }

  /** One restricting finding: its reason code and evidence. */
  private record Restriction(String reason, Map<String, String> evidence) {}
}
