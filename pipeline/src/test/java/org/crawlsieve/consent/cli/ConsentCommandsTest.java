package org.crawlsieve.consent.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.consent.ConsentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "{\"robots\": \"User-agent: GPTBot\\nDisallow: /\", \"status\": 200,"
            + " \"url\": \"https://a.test/x\", \"agent\": \"GPTBot\"}"
            + "# false# 2# Disallow: /# disallow# name",
        "{\"robots\": \"User-agent: GPTBot\\nDisallow: /\", \"url\": \"https://a.test/x\","
            + " \"agent\": \"CCBot\"}# true# # # no_group# none",
        "{\"robots\": \"User-agent: *\\nDisallow: /p\", \"url\": \"https://a.test/p\","
            + " \"agent\": \"CCBot\"}# false# 2# Disallow: /p# disallow# *",
        "{\"robots\": \"\", \"status\": 503, \"url\": \"https://a.test/x\", \"agent\": \"GPTBot\"}"
            + "# false# # # unreachable# none",
        "{\"robots\": \"User-agent: *\\nDisallow: /\", \"status\": 404,"
            + " \"url\": \"https://a.test/x\", \"agent\": \"GPTBot\"}# true# # # unavailable# none",
        "{\"robots\": \"<html><body>oops</body></html>\", \"url\": \"https://a.test/x\","
            + " \"agent\": \"GPTBot\"}# true# # # html_body# none",
        "{\"status\": 301, \"location\": \"https://b.test/robots.txt\","
            + " \"url\": \"https://a.test/x\", \"agent\": \"GPTBot\"}"
            + "# true# # # redirect_uncaptured# none",
      })
  void robotsCommand(
      String input, boolean allowed, Integer line, String rule, String reason, String by)
      throws IOException {
    JsonNode out = run(true, input).get(0);
    assertEquals(allowed, out.get("allowed").asBoolean(), out.toString());
    assertEquals(
        line == null ? null : line, out.get("line").isNull() ? null : out.get("line").asInt());
    assertEquals(rule, out.get("rule").isNull() ? null : out.get("rule").asText());
    assertEquals(reason, out.get("reason").asText());
    assertEquals(by, out.get("matched_by").asText());
  }

  @Test
  void robotsCommandReportsBadLinesAndGoesOn() throws IOException {
    List<JsonNode> out =
        run(
            true,
            "{\"robots\": \"\", \"url\": \"https://a.test/\"}\n"
                + "not json\n"
                + "{\"url\": \"https://a.test/\", \"agent\": \"Bad Bot\"}\n"
                + "{\"robots\": \"\", \"url\": \"https://a.test/\", \"agent\": \"GPTBot\"}");
    assertEquals(4, out.size());
    assertTrue(out.get(0).get("error").asText().contains("agent"));
    assertTrue(out.get(1).has("error"));
    assertTrue(out.get(2).get("error").asText().contains("product token"));
    assertTrue(out.get(3).get("allowed").asBoolean());
  }

  @Test
  void optoutCommandAppliesThePipelineRules() throws IOException {
    String html =
        "<html><head><meta name=\\\"robots\\\" content=\\\"noai\\\">"
            + "<link rel=\\\"license\\\" href=\\\"https://creativecommons.org/licenses/by/4.0/\\\">"
            + "</head><body><p>x</p></body></html>";
    List<JsonNode> out =
        run(
            false,
            "{\"url\": \"https://a.test/p\", \"headers\": {}, \"html\": \""
                + html
                + "\"}\n"
                + "{\"url\": \"https://a.test/p\", \"headers\": {\"X-Robots-Tag\": \"GPTBot: noai\"},"
                + " \"html\": \"<p>x</p>\"}\n"
                + "{\"url\": \"https://a.test/p\", \"headers\": {\"Content-Usage\": [\"search=y\"]},"
                + " \"html\": \"<p>x</p>\"}\n");
    JsonNode first = out.get(0);
    assertTrue(first.get("optout").asBoolean());
    assertEquals("consent.noai", first.get("reason").asText());
    assertEquals("https://creativecommons.org/licenses/by/4.0/", first.get("license").asText());
    JsonNode s = first.get("signals").get(0);
    assertEquals("noai", s.get("signal").asText());
    assertEquals("meta", s.get("carrier").asText());
    assertEquals("*", s.get("agent").asText());
    assertEquals("noai", s.get("value").asText());
    JsonNode second = out.get(1);
    assertTrue(second.get("optout").asBoolean());
    assertEquals("GPTBot", second.get("signals").get(0).get("agent").asText());
    assertEquals("header", second.get("signals").get(0).get("carrier").asText());
    JsonNode third = out.get(2);
    assertFalse(third.get("optout").asBoolean());
    assertTrue(third.get("license").isNull());
    assertFalse(third.get("signals").get(0).get("optout").asBoolean());
  }

  private static List<JsonNode> run(boolean robots, String input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayInputStream in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
    if (robots) {
      RobotsCommand.run(ConsentConfig.defaults(), in, out);
    } else {
      OptoutCommand.run(ConsentConfig.defaults(), in, out);
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        lines.add(JSON.readTree(l));
      }
    }
    return lines;
  }
}
