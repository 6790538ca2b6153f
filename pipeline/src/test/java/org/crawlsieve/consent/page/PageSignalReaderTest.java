package org.crawlsieve.consent.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.crawlsieve.consent.AgentLists;
import org.crawlsieve.consent.ConsentConfig;
import org.crawlsieve.consent.ConsentEvaluator;
import org.crawlsieve.consent.ConsentResult;
import org.crawlsieve.consent.Signal;
import org.crawlsieve.core.Document;
import org.crawlsieve.extract.HtmlExtractor;
import org.crawlsieve.extract.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every page-level signal, on HTML fixtures of our own ({@code src/test/resources/consent/pages})
 * plus response headers. Rows: fixture; headers ({@code Name: value}, {@code |} between headers);
 * expected reason (empty: kept); expected signals as {@code signal/carrier/agent/optout}.
 */
class PageSignalReaderTest {
  private final ConsentEvaluator evaluator =
      new ConsentEvaluator(ConsentConfig.defaults(), AgentLists.defaults());

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "plain.html; ; ; ",
        "meta-robots-noai.html; ; consent.noai; noai/meta/*/true,noimageai/meta/*/false",
        "meta-robots-noimageai.html; ; ; noimageai/meta/*/false",
        "meta-agent-noai.html; ; consent.noai; noai/meta/GPTBot/true",
        "meta-unlisted-agent-noai.html; ; ; ",
        "meta-http-equiv-x-robots.html; ; consent.noai; noai/meta/CCBot/true",
        "meta-tdm.html; ; consent.tdm_reservation;"
            + " tdm_reservation/meta/*/true,tdm_policy/meta/*/false",
        "meta-tdm-zero.html; tdm-reservation: 1; ;"
            + " tdm_reservation/header/*/false,tdm_reservation/meta/*/false",
        "plain.html; tdm-reservation: 1|tdm-policy: https://p.example/policy;"
            + " consent.tdm_reservation; tdm_reservation/header/*/true,tdm_policy/header/*/false",
        "plain.html; tdm-reservation: 0; ; tdm_reservation/header/*/false",
        "plain.html; X-Robots-Tag: noai; consent.noai; noai/header/*/true",
        "plain.html; X-Robots-Tag: GPTBot: noai, noimageai; consent.noai;"
            + " noai/header/GPTBot/true,noimageai/header/GPTBot/false",
        "plain.html; X-Robots-Tag: gptbot: NOAI; consent.noai; noai/header/GPTBot/true",
        "plain.html; X-Robots-Tag: otherbot: noai; ; noai/header/otherbot/false",
        "plain.html; X-Robots-Tag: unavailable_after: 2030-01-01; ; ",
        "plain.html; X-Robots-Tag: noindex, nofollow; ; ",
        "plain.html; Content-Usage: train-ai=n; consent.content_usage; content_usage/header/*/true",
        "plain.html; Content-Usage: train-ai=y, search=n; ; content_usage/header/*/false",
        "plain.html; Content-Usage: train-genai=n; consent.content_usage;"
            + " content_usage/header/*/true",
        "plain.html; Content-Usage: ai=n; consent.content_usage; content_usage/header/*/true",
        "plain.html; Content-Usage: tdm=n; consent.content_usage; content_usage/header/*/true",
        "plain.html; Content-Usage: search=n, unknown-key=n; ; content_usage/header/*/false",
        "meta-content-usage.html; ; consent.content_usage; content_usage/meta/*/true",
        "license.html; ; ; license/html/*/false",
        "meta-robots-noai.html; X-Robots-Tag: noai; consent.noai;"
            + " noai/header/*/true,noai/meta/*/true,noimageai/meta/*/false",
      })
  void pageSignals(String fixture, String headers, String reason, String expected)
      throws IOException {
    ConsentResult r = evaluator.evaluatePage(document(fixture, headers));
    assertEquals(reason, r.decision().reason());
    assertEquals(expected == null ? "" : expected, summary(r.signals()));
  }

  @Test
  void licenceComesFromTheExtractor() throws IOException {
    assertEquals(
        "https://creativecommons.org/licenses/by/4.0/", document("license.html", null).license());
    assertNull(document("plain.html", null).license());
  }

  static Document document(String fixture, String headers) throws IOException {
    byte[] html;
    try (InputStream in =
        PageSignalReaderTest.class.getResourceAsStream("/consent/pages/" + fixture)) {
      html = in.readAllBytes();
    }
    String url = "https://publisher.example/articles/" + fixture;
    HtmlPage page = new HtmlExtractor().extract(html, "UTF-8", url);
    return Document.builder()
        .url(url)
        .host("publisher.example")
        .headers(headerMap(headers))
        .metaTags(page.metaTags())
        .license(page.license())
        .text(page.text())
        .build();
  }

  static Map<String, List<String>> headerMap(String headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (headers == null || headers.isBlank()) {
      return out;
    }
    for (String h : headers.split("\\|")) {
      int colon = h.indexOf(':');
      out.computeIfAbsent(
              h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(h.substring(colon + 1).strip());
    }
    return out;
  }

  static String summary(List<Signal> signals) {
    return signals.stream()
        .map(s -> s.signal() + "/" + s.carrier() + "/" + s.agent() + "/" + s.optout())
        .collect(Collectors.joining(","));
  }

  @Test
  void tdmRepFileFirstMatchingLocationWins() {
    TdmRepFile f =
        TdmRepFile.parse(
            ("[{\"location\": \"/free/*\", \"tdm-reservation\": 0},"
                    + " {\"location\": \"/*\", \"tdm-reservation\": 1,"
                    + " \"tdm-policy\": \"https://p.example/policy.json\"}]")
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("0", f.match("https://p.example/free/a").reservation());
    assertEquals("1", f.match("https://p.example/news/a").reservation());
    assertEquals("https://p.example/policy.json", f.match("/x").policy());
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = ';',
      value = {"not json", "{\"location\": \"/\"}", "[1, \"x\", {\"no-location\": 1}]", "''"})
  void badTdmRepFilesHaveNoEntries(String body) {
    assertEquals(0, TdmRepFile.parse(body.getBytes(StandardCharsets.UTF_8)).entries().size());
  }

  @ParameterizedTest(name = "file {0}, header {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "1; ; consent.tdm_reservation",
        "1; tdm-reservation: 0; ",
        "0; tdm-reservation: 1; consent.tdm_reservation",
        "0; ; ",
      })
  void fileIsOverriddenByHeader(String file, String header, String reason) throws IOException {
    TdmRepFile f =
        TdmRepFile.parse(
            ("[{\"location\": \"/\", \"tdm-reservation\": " + file + "}]")
                .getBytes(StandardCharsets.UTF_8));
    Document doc = document("plain.html", header);
    List<Signal> signals = new PageSignalReader(AgentLists.defaults()).read(doc, f);
    boolean optout = signals.stream().anyMatch(Signal::optout);
    assertEquals(reason != null, optout, summary(signals));
    assertEquals(Signal.WELL_KNOWN, signals.get(0).carrier());
  }
}
