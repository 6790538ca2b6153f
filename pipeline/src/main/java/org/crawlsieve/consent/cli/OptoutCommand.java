package org.crawlsieve.consent.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crawlsieve.cli.ConfigOption;
import org.crawlsieve.cli.JsonLines;
import org.crawlsieve.consent.ConsentConfig;
import org.crawlsieve.consent.ConsentEvaluator;
import org.crawlsieve.consent.ConsentResult;
import org.crawlsieve.consent.Signal;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Urls;
import org.crawlsieve.extract.HtmlExtractor;
import org.crawlsieve.extract.HtmlPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crawlsieve optout}: JSON lines {@code {"url","headers":{..},"html"}} to {@code
 * {"optout","reason","signals":[..],"license"}}, with the page-level rules the pipeline applies.
 */
@Command(
    name = "optout",
    mixinStandardHelpOptions = true,
    description = {
      "Report the page-level AI opt-out signals of pages given as JSON lines on stdin.",
      "Input per line: {\"url\", \"headers\": {name: value or [values]}, \"html\"}; output per"
          + " line: {\"optout\", \"reason\", \"signals\": [{\"signal\", \"carrier\", \"agent\","
          + " \"value\", \"optout\"}], \"license\"}."
    })
public final class OptoutCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws IOException {
    run(config == null ? ConsentConfig.defaults() : config.load().consent(), System.in, System.out);
    return 0;
  }

  /** Processes JSON lines from {@code in} to {@code out}; returns the number of error lines. */
  public static int run(ConsentConfig cfg, InputStream in, OutputStream out) throws IOException {
    ConsentEvaluator evaluator = ConsentEvaluator.create(cfg);
    HtmlExtractor extractor = new HtmlExtractor();
    return JsonLines.process(in, out, line -> evaluate(evaluator, extractor, line));
  }

  private static JsonNode evaluate(ConsentEvaluator evaluator, HtmlExtractor html, JsonNode in) {
    String url = JsonLines.optText(in, "url", null);
    String body = JsonLines.optText(in, "html", "");
    HtmlPage page = html.extract(body.getBytes(StandardCharsets.UTF_8), "UTF-8", url);
    String host = Urls.host(url);
    Document doc =
        Document.builder()
            .url(url)
            .host(host)
            .domain(Urls.registeredDomain(host))
            .headers(headers(in.get("headers")))
            .metaTags(page.metaTags())
            .license(page.license())
            .build();
    ConsentResult r = evaluator.evaluatePage(doc);
    ObjectNode out = JsonLines.MAPPER.createObjectNode();
    if (in.has("id")) {
      out.set("id", in.get("id"));
    }
    out.put("optout", r.excluded());
    out.put("reason", r.decision().reason());
    ArrayNode signals = out.putArray("signals");
    for (Signal s : r.signals()) {
      ObjectNode n = signals.addObject();
      n.put("signal", s.signal());
      n.put("carrier", s.carrier());
      n.put("agent", s.agent());
      n.put("value", s.value());
      n.put("optout", s.optout());
    }
    out.put("license", page.license());
    return out;
  }

  /** Header object to lower-cased names; a value may be a string or an array of strings. */
  private static Map<String, List<String>> headers(JsonNode h) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (h == null || h.isNull()) {
      return out;
    }
    if (!h.isObject()) {
      throw new IllegalArgumentException("field 'headers' must be an object");
    }
    for (Map.Entry<String, JsonNode> e : h.properties()) {
      List<String> values =
          out.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(e.getValue().asText());
      }
    }
    return out;
  }
}
