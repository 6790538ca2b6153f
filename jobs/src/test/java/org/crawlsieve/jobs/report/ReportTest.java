package org.crawlsieve.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crawlsieve.jobs.SparkTestSession;
import org.crawlsieve.jobs.publish.TinyRun;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The audit report over a tiny run whose page title is a script injection: the data is escaped in
 * the HTML, and in headless Chromium the page renders its charts and table without running it.
 */
class ReportTest {
  static Map<String, Object> data;
  static String html;
  static Path outDir;

  @BeforeAll
  static void render() throws IOException {
    data = ReportData.gather(SparkTestSession.get(), TinyRun.runDir());
    html = ReportHtml.render(data);
    String repo = System.getProperty("crawlsieve.repo", ".");
    outDir = Files.createDirectories(Path.of(repo, "out", "report-test"));
    Files.writeString(outDir.resolve("report.html"), html, StandardCharsets.UTF_8);
  }

  @Test
  void dataHasTheFunnelLanguagesAndDomains() {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> domains = (List<Map<String, Object>>) data.get("domains");
    assertEquals(3, domains.size());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> funnel = (List<Map<String, Object>>) data.get("funnel");
    assertEquals("documents in", funnel.get(1).get("label"));
    assertEquals(11L, funnel.get(1).get("value"));
    assertEquals((long) TinyRun.PAGES, funnel.get(funnel.size() - 1).get("value"));
    assertTrue(
        data.toString().contains("<script>document.title='PWNED'"),
        "the injected title reaches the report data");
  }

  @Test
  void theOnlyScriptTagsAreThePagesOwn() {
    Matcher m = Pattern.compile("(?i)<script").matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    assertEquals(2, n, "the JSON block and the page script");
    assertFalse(html.contains("<script>document.title"), "the injected tag stays escaped");
    assertFalse(html.toLowerCase().contains("<img"), "no tag from data");
    assertTrue(html.contains("\\u003cscript\\u003edocument.title="));
    assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"), "nothing loaded from the net");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "</script><script>x()</script>|\\u003c/script\\u003e\\u003cscript\\u003ex()",
        "a&b<!--c|a\\u0026b\\u003c!--c",
        "line\u2028sep|line\\u2028sep"
      })
  void scriptSafeJsonEscapesMarkup(String input, String expected) {
    String json = ReportHtml.scriptSafeJson(Map.of("v", input));
    assertTrue(json.contains(expected), json);
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
  }

  /** Headless Chromium: charts and table render, the injected script does not run. */
  @Test
  void chromiumRendersTheReportWithoutRunningInjectedScript() throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    Assumptions.assumeTrue(
        Files.isExecutable(chromium), "chromium not installed (make test-browser installs it)");
    Path page = outDir.resolve("report.html").toAbsolutePath();
    Path shot = outDir.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(shot);
    String dom = runChromium(chromium, "--dump-dom", page.toUri().toString());
    runChromium(
        chromium, "--screenshot=" + shot, "--window-size=1200,2400", page.toUri().toString());

    Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
    assertTrue(body.find(), dom.substring(0, Math.min(500, dom.length())));
    assertTrue(body.group(1).contains("data-rendered=\"ok\""), body.group(1));
    assertFalse(body.group(1).contains("data-pwned"), "injected script ran: " + body.group(1));
    assertTrue(body.group(1).contains("data-domain-rows=\"3\""), body.group(1));
    assertTrue(dom.contains("<title>crawlsieve audit report</title>"), "title changed");
    assertFalse(dom.contains("<img"), "injected markup became an element");
    assertTrue(countOf(dom, "<rect") >= 5, "funnel and language bars drawn");
    assertTrue(
        dom.contains("&lt;script&gt;document.title='PWNED'"),
        "the title is shown as text in the domain table");
    assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shot);
  }

  private static int countOf(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static String runChromium(Path chromium, String... args) throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    Path stdout = Files.createTempFile("chromium", ".out");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
