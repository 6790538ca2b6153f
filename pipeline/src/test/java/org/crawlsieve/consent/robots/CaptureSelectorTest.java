package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both time modes over one host's captures: two in CC-MAIN-2024-10 (1 and 10 March) and one in
 * CC-MAIN-2025-05 (1 February 2025, which disallows everything).
 */
class CaptureSelectorTest {
  private static final String URL = "https://example.com/robots.txt";
  private static final List<RobotsCapture> CAPTURES =
      List.of(
          Captures.of(
              URL,
              200,
              "User-agent: *|Disallow: /early",
              null,
              "CC-MAIN-2024-10",
              "2024-03-01T00:00:00Z"),
          Captures.of(
              URL,
              200,
              "User-agent: *|Disallow: /mid",
              null,
              "CC-MAIN-2024-10",
              "2024-03-10T00:00:00Z"),
          Captures.of(
              URL,
              200,
              "User-agent: GPTBot|Disallow: /",
              null,
              "CC-MAIN-2025-05",
              "2025-02-01T00:00:00Z"));

  @ParameterizedTest(name = "{0} {1} {2} crawl={3} -> {4}")
  @CsvSource({
    // contemporaneous: same crawl, nearest at or before the page
    "contemporaneous, , CC-MAIN-2024-10, 2024-03-05T00:00:00Z, 2024-03-01T00:00:00Z, false",
    "contemporaneous, , CC-MAIN-2024-10, 2024-03-10T00:00:00Z, 2024-03-10T00:00:00Z, false",
    "contemporaneous, , CC-MAIN-2024-10, 2024-03-20T00:00:00Z, 2024-03-10T00:00:00Z, false",
    // none before the page in its crawl: the earliest later one, flagged
    "contemporaneous, , CC-MAIN-2024-10, 2024-02-27T00:00:00Z, 2024-03-01T00:00:00Z, true",
    // another crawl's captures are never used
    "contemporaneous, , CC-MAIN-2024-18, 2024-04-20T00:00:00Z, , false",
    "contemporaneous, , CC-MAIN-2025-05, 2025-02-03T00:00:00Z, 2025-02-01T00:00:00Z, false",
    // retroactive: the latest capture, whatever the page's crawl
    "retroactive, , CC-MAIN-2024-10, 2024-03-05T00:00:00Z, 2025-02-01T00:00:00Z, true",
    "retroactive, CC-MAIN-2024-10, CC-MAIN-2024-10, 2024-03-05T00:00:00Z, 2024-03-10T00:00:00Z, true",
    "retroactive, CC-MAIN-2023-50, CC-MAIN-2024-10, 2024-03-05T00:00:00Z, , false",
  })
  void selects(
      String mode,
      String crawl,
      String pageCrawl,
      String pageDate,
      String expected,
      boolean afterPage) {
    CaptureSelector s = new CaptureSelector(TimeMode.of(mode), crawl);
    CaptureSelector.Choice c = s.select(CAPTURES, Instant.parse(pageDate), pageCrawl);
    if (expected == null) {
      assertNull(c);
      return;
    }
    assertEquals(Instant.parse(expected), c.capture().fetchDate());
    assertEquals(afterPage, c.afterPage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"contemporaneous, /early, true", "retroactive, /early, false"})
  void timeModeChangesTheVerdict(String mode, String path, boolean gptBotAllowed) {
    RobotsResolver resolver =
        new RobotsResolver(new RobotsParser(), new CaptureSelector(TimeMode.of(mode), null), 5);
    RobotsResolution r =
        resolver.resolve(
            "https://example.com" + path,
            Instant.parse("2024-03-20T00:00:00Z"),
            "CC-MAIN-2024-10",
            CAPTURES);
    // the March 2024 file only disallows /mid for everyone; the 2025 file shuts GPTBot out
    assertEquals(gptBotAllowed, r.verdict("GPTBot", "https://example.com" + path).allowed());
  }

  @ParameterizedTest(name = "input order {0}")
  @CsvSource({"0", "1", "2"})
  void tiesOnDateAreBrokenByKeyNotInputOrder(int rotate) {
    RobotsCapture a = Captures.of(URL, 200, "a", null, null, "2024-03-01T00:00:00Z");
    RobotsCapture b = Captures.of(URL, 404, "b", null, null, "2024-03-01T00:00:00Z");
    RobotsCapture c = Captures.of(URL, 500, "c", null, null, "2024-03-01T00:00:00Z");
    List<RobotsCapture> list = new java.util.ArrayList<>(List.of(a, b, c));
    java.util.Collections.rotate(list, rotate);
    CaptureSelector s = new CaptureSelector(TimeMode.RETROACTIVE, null);
    RobotsCapture expected =
        List.of(a, b, c).stream().max(java.util.Comparator.comparing(RobotsCapture::key)).get();
    assertEquals(expected, s.select(list, null, null).capture());
  }
}
