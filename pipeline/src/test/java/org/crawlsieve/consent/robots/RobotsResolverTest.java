package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RobotsResolverTest {
  private static final String PAGE = "https://example.com/page";
  private static final String ROBOTS = "https://example.com/robots.txt";
  private static final String DISALLOW_ALL = "User-agent: *|Disallow: /";

  private final RobotsResolver resolver =
      new RobotsResolver(
          new RobotsParser(), new CaptureSelector(TimeMode.CONTEMPORANEOUS, null), 5);

  @ParameterizedTest(name = "status {0} -> {1}")
  @CsvSource({
    "200, parsed, false",
    "204, parsed, true",
    "400, unavailable, true",
    "401, unavailable, true",
    "403, unavailable, true",
    "404, unavailable, true",
    "410, unavailable, true",
    "429, unreachable, false",
    "500, unreachable, false",
    "503, unreachable, false",
    "0, unreachable, false",
    "304, unavailable, true",
  })
  void statusSemantics(int status, String kind, boolean allowed) {
    String body = status == 204 ? "" : DISALLOW_ALL;
    RobotsResolution r =
        resolver.resolve(PAGE, null, null, List.of(Captures.of(ROBOTS, status, body)));
    assertEquals(kind, r.kind().code());
    assertEquals(allowed, r.verdict("GPTBot", PAGE).allowed());
    assertEquals(allowed ? AgentAccess.NONE : AgentAccess.FULL, r.access("GPTBot"));
  }

  @Test
  void htmlErrorPageServedWith200IsNotARobotsFile() {
    String html =
        "  <!DOCTYPE html>|<html><head><title>Not found</title></head><body>Disallow: /"
            + " is not here</body></html>";
    RobotsResolution r =
        resolver.resolve(PAGE, null, null, List.of(Captures.of(ROBOTS, 200, html)));
    assertEquals(RobotsResolution.Kind.HTML_BODY, r.kind());
    assertTrue(r.verdict("GPTBot", PAGE).allowed());
    assertTrue(r.flags().contains("robots.html_body"));
  }

  @Test
  void robotsFileWithStrayHtmlIsStillParsed() {
    String body = "<html>|User-agent: *|Disallow: /";
    RobotsResolution r =
        resolver.resolve(PAGE, null, null, List.of(Captures.of(ROBOTS, 200, body)));
    assertEquals(RobotsResolution.Kind.PARSED, r.kind());
    assertFalse(r.verdict("GPTBot", PAGE).allowed());
  }

  @Test
  void redirectToAnotherOriginIsFollowed() {
    List<RobotsCapture> captures =
        List.of(
            Captures.redirect(
                "http://example.com/robots.txt", "https://www.example.com/robots.txt"),
            Captures.of("https://www.example.com/robots.txt", 200, DISALLOW_ALL));
    RobotsResolution r = resolver.resolve("http://example.com/a", null, null, captures);
    assertEquals(RobotsResolution.Kind.PARSED, r.kind());
    assertEquals(2, r.chain().size());
    assertEquals("https://www.example.com/robots.txt", r.capture().url());
    assertFalse(r.verdict("GPTBot", "http://example.com/a").allowed());
  }

  @Test
  void relativeLocationIsResolvedAgainstTheCapture() {
    List<RobotsCapture> captures =
        List.of(
            Captures.redirect(ROBOTS, "/robots-real.txt"),
            Captures.of("https://example.com/robots-real.txt", 200, DISALLOW_ALL));
    assertFalse(resolver.resolve(PAGE, null, null, captures).verdict("a", PAGE).allowed());
  }

  @ParameterizedTest(name = "{0} redirects -> {1}")
  @CsvSource({"1, parsed", "5, parsed", "6, redirect_limit"})
  void upToFiveRedirectsAreFollowed(int hops, String kind) {
    List<RobotsCapture> captures = new ArrayList<>();
    String url = ROBOTS;
    for (int i = 1; i <= hops; i++) {
      String next = "https://example.com/r" + i + "/robots.txt";
      captures.add(Captures.redirect(url, next));
      url = next;
    }
    captures.add(Captures.of(url, 200, DISALLOW_ALL));
    RobotsResolution r = resolver.resolve(PAGE, null, null, captures);
    assertEquals(kind, r.kind().code());
    assertEquals(kind.equals("parsed") ? false : true, r.verdict("GPTBot", PAGE).allowed());
  }

  @Test
  void redirectLoopStops() {
    List<RobotsCapture> captures =
        List.of(
            Captures.redirect(ROBOTS, "https://example.com/b/robots.txt"),
            Captures.redirect("https://example.com/b/robots.txt", ROBOTS));
    RobotsResolution r = resolver.resolve(PAGE, null, null, captures);
    assertEquals(RobotsResolution.Kind.REDIRECT_LIMIT, r.kind());
    assertTrue(r.flags().contains("robots.redirect_limit"));
  }

  @Test
  void redirectToAnUncapturedUrlCountsAsMissing() {
    RobotsResolution r =
        resolver.resolve(
            PAGE,
            null,
            null,
            List.of(Captures.redirect(ROBOTS, "https://elsewhere.test/robots.txt")));
    assertEquals(RobotsResolution.Kind.REDIRECT_UNCAPTURED, r.kind());
    assertTrue(r.missing());
    assertEquals(AgentAccess.UNKNOWN, r.access("GPTBot"));
  }

  @Test
  void noCaptureIsMissingAndFlagged() {
    RobotsResolution r =
        resolver.resolve(
            PAGE,
            null,
            null,
            List.of(Captures.of("https://other.test/robots.txt", 200, DISALLOW_ALL)));
    assertEquals(RobotsResolution.Kind.NO_CAPTURE, r.kind());
    assertEquals(List.of("robots.no_capture"), r.flags());
    assertNull(r.capture());
  }

  @Test
  void originIsSchemeHostAndPort() {
    List<RobotsCapture> captures =
        List.of(Captures.of("http://example.com/robots.txt", 200, DISALLOW_ALL));
    assertEquals(
        RobotsResolution.Kind.PARSED,
        resolver.resolve("http://EXAMPLE.com:80/x", null, null, captures).kind());
    assertEquals(
        RobotsResolution.Kind.NO_CAPTURE,
        resolver.resolve("https://example.com/x", null, null, captures).kind());
    assertEquals(
        RobotsResolution.Kind.NO_CAPTURE,
        resolver.resolve("http://example.com:8080/x", null, null, captures).kind());
  }

  @Test
  void capturesSharingARecordIdButNotABodyDoNotShareACacheEntry() {
    RobotsCapture a =
        new RobotsCapture(
            "https://example.com",
            ROBOTS,
            null,
            null,
            200,
            null,
            null,
            "User-agent: *\nDisallow: /".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            false,
            "<stdin>",
            null);
    RobotsCapture b =
        new RobotsCapture(
            "https://example.com",
            ROBOTS,
            null,
            null,
            200,
            null,
            null,
            "User-agent: *\nAllow: /".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            false,
            "<stdin>",
            null);
    assertFalse(resolver.resolve(PAGE, null, null, List.of(a)).verdict("x", PAGE).allowed());
    assertTrue(resolver.resolve(PAGE, null, null, List.of(b)).verdict("x", PAGE).allowed());
  }

  @Test
  void parsedFilesAreCachedPerCapture() {
    RobotsCapture c = Captures.of(ROBOTS, 200, DISALLOW_ALL);
    assertTrue(resolver.parse(c) == resolver.parse(c));
  }
}
