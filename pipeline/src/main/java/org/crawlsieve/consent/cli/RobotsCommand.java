package org.crawlsieve.consent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.crawlsieve.cli.ConfigOption;
import org.crawlsieve.cli.JsonLines;
import org.crawlsieve.consent.ConsentConfig;
import org.crawlsieve.consent.robots.CaptureSelector;
import org.crawlsieve.consent.robots.RobotsCapture;
import org.crawlsieve.consent.robots.RobotsCaptures;
import org.crawlsieve.consent.robots.RobotsParser;
import org.crawlsieve.consent.robots.RobotsResolution;
import org.crawlsieve.consent.robots.RobotsResolver;
import org.crawlsieve.consent.robots.RobotsVerdict;
import org.crawlsieve.consent.robots.TimeMode;
import org.crawlsieve.core.Urls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crawlsieve robots}: JSON lines {@code {"robots","status","url","agent"}} to {@code
 * {"allowed","line","rule","reason","matched_by","access"}}, with the pipeline's matcher and
 * fetch-outcome rules.
 */
@Command(
    name = "robots",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate robots.txt bodies for one agent and URL, given as JSON lines on stdin.",
      "Input per line: {\"robots\": body, \"status\": 200, \"url\", \"agent\"} (status defaults to"
          + " 200; \"location\" for a 3xx); output per line: {\"allowed\", \"line\", \"rule\","
          + " \"reason\", \"matched_by\", \"access\"}."
    })
public final class RobotsCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws IOException {
    run(config == null ? ConsentConfig.defaults() : config.load().consent(), System.in, System.out);
    return 0;
  }

  /** Processes JSON lines from {@code in} to {@code out}; returns the number of error lines. */
  public static int run(ConsentConfig cfg, InputStream in, OutputStream out) throws IOException {
    RobotsResolver resolver =
        new RobotsResolver(
            new RobotsParser(cfg.maxRobotsBytes()),
            new CaptureSelector(TimeMode.RETROACTIVE, null),
            cfg.maxRedirects());
    return JsonLines.process(in, out, line -> evaluate(resolver, line));
  }

  private static JsonNode evaluate(RobotsResolver resolver, JsonNode in) {
    String body = JsonLines.optText(in, "robots", "");
    String url = JsonLines.requireText(in, "url");
    String agent = JsonLines.requireText(in, "agent").strip();
    if (!RobotsParser.isValidAgent(agent)) {
      throw new IllegalArgumentException(
          "agent '" + agent + "' is not a product token (letters, digits, '-', '_' or '*')");
    }
    JsonNode s = in.get("status");
    int status = s == null || s.isNull() ? 200 : s.asInt(-1);
    if (status < 0 || status > 999) {
      throw new IllegalArgumentException("field 'status' must be an HTTP status code");
    }
    String robotsUrl = RobotsCaptures.robotsUrlFor(url);
    if (robotsUrl == null) {
      throw new IllegalArgumentException("field 'url' must be an absolute http(s) URL");
    }
    RobotsCapture capture =
        new RobotsCapture(
            Urls.origin(url),
            robotsUrl,
            null,
            null,
            status,
            JsonLines.optText(in, "location", null),
            null,
            body.getBytes(StandardCharsets.UTF_8),
            false,
            "<stdin>",
            null);
    RobotsResolution res = resolver.resolve(url, null, null, List.of(capture));
    RobotsVerdict v = res.verdict(agent, url);
    ObjectNode out = JsonLines.MAPPER.createObjectNode();
    if (in.has("id")) {
      out.set("id", in.get("id"));
    }
    out.put("allowed", v.allowed());
    if (v.line() > 0) {
      out.put("line", v.line());
    } else {
      out.putNull("line");
    }
    out.put("rule", v.rule());
    out.put("reason", v.reason());
    out.put("matched_by", v.matchedBy().code());
    out.put("access", res.access(agent).code());
    out.put("outcome", res.kind().code());
    return out;
  }
}
