package org.crawlsieve.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.pii.PiiConfig;
import org.crawlsieve.pii.PiiDetectors;
import org.crawlsieve.pii.PiiScanner;
import org.crawlsieve.pii.PiiSpan;
import org.crawlsieve.pii.PiiStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crawlsieve pii}: JSON lines {@code {"id","text"}} on stdin to {@code {"id","text"
 * (scrubbed),"counts":{"EMAIL":n,…},"spans":[{"type","start","end"}]}} on stdout, with the
 * pipeline's pii step and the {@code pii} section of the config.
 *
 * <p>Span offsets are Unicode code point offsets into the input text (what Python's {@code str}
 * indexing and most JSON consumers count), not UTF-16 units.
 */
@Command(
    name = "pii",
    mixinStandardHelpOptions = true,
    description = {
      "Find and replace PII in texts given as JSON lines on stdin.",
      "Input per line: {\"id\", \"text\"}; output per line: {\"id\", \"text\" (scrubbed),"
          + " \"counts\": {TYPE: n}, \"spans\": [{\"type\", \"start\", \"end\"}]} with offsets in"
          + " code points of the input text, plus \"decision\": \"pii.too_many\" when the pii"
          + " stage would drop the document."
    })
public final class PiiCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    PiiConfig cfg = config.load().pii();
    PiiScanner scanner = PiiDetectors.scanner(cfg);
    PiiStep step = new PiiStep(scanner, cfg);
    JsonLines.process(
        System.in,
        System.out,
        in -> {
          String id = JsonLines.optText(in, "id", null);
          String text = JsonLines.requireText(in, "text");
          return toJson(id, text, scanner, cfg, step);
        });
    return 0;
  }

  /** The output object of one input: scrubbed text, counts, spans in code points of the input. */
  static ObjectNode toJson(
      String id, String text, PiiScanner scanner, PiiConfig cfg, PiiStep step) {
    Document doc = Document.builder().id(id).text(text).build();
    PiiScanner.Scrubbed scrubbed = scanner.scrub(text, cfg.replacementTokens());
    StepResult result = step.decide(doc, scrubbed);
    ObjectNode out = JsonLines.MAPPER.createObjectNode();
    out.put("id", id);
    out.put("text", result.document().text());
    ObjectNode counts = out.putObject("counts");
    for (Map.Entry<String, Integer> e : result.document().piiCounts().entrySet()) {
      counts.put(e.getKey(), e.getValue());
    }
    ArrayNode spans = out.putArray("spans");
    int cpBase = 0;
    int charBase = 0;
    for (PiiSpan s : scrubbed.spans()) {
      int start = cpBase + text.codePointCount(charBase, s.start());
      int end = start + text.codePointCount(s.start(), s.end());
      cpBase = end;
      charBase = s.end();
      ObjectNode span = spans.addObject();
      span.put("type", s.type().name());
      span.put("start", start);
      span.put("end", end);
    }
    Decision d = result.decision();
    if (d.verdict().excludes()) {
      out.put("decision", d.reason());
    }
    return out;
  }
}
