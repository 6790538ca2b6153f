package org.crawlsieve.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crawlsieve.consent.robots.AgentAccess;
import org.crawlsieve.consent.robots.RobotsCapture;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.MetaTag;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentEvaluatorTest {
  private static final AgentList TWO = new AgentList("test-1", List.of("GPTBot", "CCBot"));
  private static final String PAGE = "https://news.example/2024/story.html";
  private static final String ROBOTS = "https://news.example/robots.txt";

  private static ConsentEvaluator evaluator(String yaml) {
    ConsentConfig cfg =
        org.crawlsieve.config.ConfigLoader.parse("consent:\n" + yaml, "t").consent();
    return new ConsentEvaluator(cfg, TWO);
  }

  private static final ConsentEvaluator DEFAULT = evaluator("  enabled: true\n");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        // a named group refusing a listed agent
        "User-agent: GPTBot|Disallow: /; consent.robots_disallow; GPTBot; name; 2",
        "User-agent: CCBot|Disallow: /2024/; consent.robots_disallow; CCBot; name; 2",
        // only through *: a refusal to every crawler (star_refusal: exclude by default)
        "User-agent: *|Disallow: /; consent.robots_disallow_star; GPTBot; *; 2",
        // named and * refusals: the named one is the reason
        "User-agent: *|Disallow: /||User-agent: CCBot|Disallow: /;"
            + " consent.robots_disallow; CCBot; name; 5",
        // Content-Signal and Content-Usage lines
        "User-agent: *|Content-Signal: search=yes, ai-train=no|Allow: /;"
            + " consent.content_signal; *; *; 0",
        "User-agent: *|Content-Usage: /2024/ train-ai=n|Content-Usage: train-ai=y;"
            + " consent.content_usage; *; *; 0",
      })
  void robotsRefusals(String robots, String reason, String agent, String by, int line) {
    Decision d = decide(DEFAULT, robots, List.of());
    assertEquals(Verdict.DROP, d.verdict());
    assertEquals(reason, d.reason());
    assertEquals(agent, d.evidence().get("agent"));
    assertEquals(by, d.evidence().get("matched_by"));
    assertEquals(line == 0 ? null : Integer.toString(line), d.evidence().get("line"));
    assertEquals(ROBOTS, d.evidence().get("capture_uri"));
    assertEquals("<urn:uuid:r1>", d.evidence().get("capture_record_id"));
    assertEquals("2024-03-01T00:00:00Z", d.evidence().get("capture_date"));
    assertEquals("200", d.evidence().get("capture_status"));
    assertEquals("test-1", d.evidence().get("agent_list_version"));
  }

  @ParameterizedTest(name = "{0} -> kept")
  @CsvSource({
    "User-agent: GPTBot|Disallow: /private/",
    "User-agent: *|Allow: /",
    "User-agent: Googlebot|Disallow: /",
    "User-agent: *|Content-Usage: /other/ train-ai=n|Content-Signal: search=yes",
    "''",
  })
  void robotsThatDoNotRefuseKeep(String robots) {
    Decision d = decide(DEFAULT, robots, List.of());
    assertEquals(Verdict.KEEP, d.verdict(), () -> d.toString());
    assertEquals(ROBOTS, d.evidence().get("capture_uri"));
    assertEquals("parsed", d.evidence().get("robots_outcome"));
  }

  @Test
  void evidenceNamesTheRuleLineAndEveryRefusingAgent() {
    Decision d =
        decide(DEFAULT, "User-agent: GPTBot|User-agent: CCBot|Disallow: /2024/", List.of());
    assertEquals("Disallow: /2024/", d.evidence().get("rule"));
    assertEquals("3", d.evidence().get("line"));
    assertEquals("GPTBot,CCBot", d.evidence().get("agents"));
    assertEquals("robots", d.evidence().get("carrier"));
  }

  @Test
  void starRefusalCanBeReportedInsteadOfExcluding() {
    ConsentEvaluator report = evaluator("  star_refusal: report\n");
    StepResult r =
        report.apply(
            doc(List.of()), List.of(capture(ROBOTS, 200, "User-agent: *|Disallow: /")), null);
    assertEquals(Verdict.KEEP, r.decision().verdict());
    assertTrue(r.document().flags().contains("robots.star_disallow"));
  }

  @Test
  void starRefusalWithEveryListedAgentAllowedByNameKeeps() {
    String robots = "User-agent: *|Disallow: /||User-agent: GPTBot|User-agent: CCBot|Allow: /";
    StepResult r = DEFAULT.apply(doc(List.of()), List.of(capture(ROBOTS, 200, robots)), null);
    assertEquals(Verdict.KEEP, r.decision().verdict());
    assertTrue(r.document().flags().contains("robots.star_disallow"));
  }

  @Test
  void explicitAllowNeverOverridesAnotherSignal() {
    Document page = doc(List.of(new MetaTag("robots", "noai")));
    Decision d =
        DEFAULT
            .evaluate(page, List.of(capture(ROBOTS, 200, "User-agent: GPTBot|Allow: /")), null)
            .decision();
    assertEquals("consent.noai", d.reason());
    assertEquals("meta", d.evidence().get("carrier"));
  }

  @Test
  void severalRestrictionsPickByPriorityAndKeepAll() {
    Document page =
        doc(List.of(new MetaTag("robots", "noai"), new MetaTag("tdm-reservation", "1")));
    Decision d =
        DEFAULT
            .evaluate(page, List.of(capture(ROBOTS, 200, "User-agent: GPTBot|Disallow: /")), null)
            .decision();
    assertEquals("consent.robots_disallow", d.reason());
    assertEquals(
        "consent.robots_disallow,consent.noai,consent.tdm_reservation",
        d.evidence().get("reasons"));
  }

  @ParameterizedTest(name = "status {0} -> {1}")
  @CsvSource({"503, consent.robots_unavailable", "0, consent.robots_unavailable", "404, ", "200, "})
  void fetchOutcome(int status, String reason) {
    Decision d =
        decide(DEFAULT, status == 200 ? "" : "User-agent: *|Disallow: /", List.of(), status);
    assertEquals(reason, d.reason());
    assertEquals(Integer.toString(status), d.evidence().get("capture_status"));
  }

  @ParameterizedTest(name = "no_capture: {0}")
  @CsvSource({"allow, ", "exclude, consent.robots_no_capture"})
  void noCapturePolicy(String policy, String reason) {
    ConsentEvaluator e = evaluator("  no_capture: " + policy + "\n");
    StepResult r = e.apply(doc(List.of()), List.of(), null);
    assertEquals(reason, r.decision().reason());
    assertTrue(r.document().flags().contains("robots.no_capture"));
    assertEquals("no_capture", r.decision().evidence().get("robots_outcome"));
  }

  @Test
  void wellKnownTdmRepFileIsASignal() {
    RobotsCapture tdm =
        new RobotsCapture(
            "https://news.example",
            "https://news.example/.well-known/tdmrep.json",
            "CC-MAIN-2024-10",
            null,
            200,
            null,
            "application/json",
            "[{\"location\": \"/2024/*\", \"tdm-reservation\": 1}]"
                .getBytes(StandardCharsets.UTF_8),
            false,
            "<urn:uuid:t>",
            "x.warc.gz");
    Decision d =
        DEFAULT.evaluate(doc(List.of()), List.of(capture(ROBOTS, 200, "")), tdm).decision();
    assertEquals("consent.tdm_reservation", d.reason());
    assertEquals("well-known", d.evidence().get("carrier"));
    Document overridden = doc(List.of(new MetaTag("tdm-reservation", "0")));
    assertEquals(
        Verdict.KEEP,
        DEFAULT.evaluate(overridden, List.of(capture(ROBOTS, 200, "")), tdm).decision().verdict());
  }

  @Test
  void rslLicenseLineIsRecordedNotAnOptOut() {
    ConsentResult r =
        DEFAULT.evaluate(
            doc(List.of()),
            List.of(
                capture(
                    ROBOTS, 200, "License: https://news.example/rsl.xml|User-agent: *|Allow: /")),
            null);
    assertFalse(r.excluded());
    assertTrue(
        r.signals()
            .contains(
                new Signal("rsl_license", "robots", "*", "https://news.example/rsl.xml", false)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"contemporaneous, ", "retroactive, consent.robots_disallow"})
  void timeModes(String mode, String reason) {
    ConsentEvaluator e = evaluator("  time_mode: " + mode + "\n");
    List<RobotsCapture> captures =
        List.of(
            capture(
                ROBOTS, 200, "User-agent: *|Allow: /", "CC-MAIN-2024-10", "2024-03-01T00:00:00Z"),
            capture(
                ROBOTS,
                200,
                "User-agent: GPTBot|Disallow: /",
                "CC-MAIN-2025-05",
                "2025-02-01T00:00:00Z"));
    Decision d = e.evaluate(doc(List.of()), captures, null).decision();
    assertEquals(reason, d.reason());
    assertEquals(mode, d.evidence().get("time_mode"));
  }

  @Test
  void hostStatusClassifiesEveryAgentAndStar() {
    List<AgentStatus> s =
        DEFAULT.hostStatus(
            PAGE,
            null,
            null,
            List.of(
                capture(
                    ROBOTS, 200, "User-agent: GPTBot|Disallow: /||User-agent: *|Disallow: /tmp/")));
    assertEquals(
        List.of("GPTBot:full:name", "CCBot:partial:*", "*:partial:*"),
        s.stream()
            .map(a -> a.agent() + ":" + a.access().code() + ":" + a.matchedBy().code())
            .toList());
    assertEquals(
        AgentAccess.UNKNOWN, DEFAULT.hostStatus(PAGE, null, null, List.of()).get(0).access());
  }

  @Test
  void pageStepDeclaresItsReasonsAndNeedsNoRobots() {
    PageConsentStep step = new PageConsentStep(DEFAULT);
    StepResult r = StepRunner.run(step, doc(List.of(new MetaTag("robots", "noai"))));
    assertEquals("consent.noai", r.decision().reason());
    assertEquals(Verdict.KEEP, StepRunner.run(step, doc(List.of())).decision().verdict());
    assertTrue(ConsentReasons.ALL.containsAll(step.reasons()));
  }

  private static Decision decide(ConsentEvaluator e, String robots, List<MetaTag> metas) {
    return decide(e, robots, metas, 200);
  }

  private static Decision decide(
      ConsentEvaluator e, String robots, List<MetaTag> metas, int status) {
    return e.evaluate(doc(metas), List.of(capture(ROBOTS, status, robots)), null).decision();
  }

  static RobotsCapture capture(String url, int status, String body) {
    return capture(url, status, body, "CC-MAIN-2024-10", "2024-03-01T00:00:00Z");
  }

  static RobotsCapture capture(String url, int status, String body, String crawl, String date) {
    return new RobotsCapture(
        "https://news.example",
        url,
        crawl,
        Instant.parse(date),
        status,
        null,
        "text/plain",
        body.replace("|", "\n").getBytes(StandardCharsets.UTF_8),
        false,
        crawl.equals("CC-MAIN-2024-10") ? "<urn:uuid:r1>" : "<urn:uuid:r2>",
        "robots.warc.gz");
  }

  static Document doc(List<MetaTag> metas) {
    Provenance p =
        new Provenance(
            "CC-MAIN-2024-10",
            "x.warc.gz",
            0,
            100,
            "<urn:uuid:p>",
            Instant.parse("2024-03-05T00:00:00Z"),
            PAGE,
            null,
            200,
            "text/html",
            null);
    return Document.builder()
        .id("<urn:uuid:p>")
        .url(PAGE)
        .host("news.example")
        .metaTags(metas)
        .headers(Map.of())
        .provenance(p)
        .build();
  }
}
