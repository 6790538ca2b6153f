package org.crawlsieve.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.Text;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.extract.Extraction;
import org.crawlsieve.lang.LanguageDetector;
import org.crawlsieve.lang.LanguageDetectors;
import org.crawlsieve.warc.RawRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code crawlsieve extract}: JSON lines {@code {"id","url","html"}} on stdin to {@code
 * {"id","text","title","language","language_score"}} on stdout, with the pipeline's extractor.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extract main text, title and language from HTML given as JSON lines on stdin.",
      "Input per line: {\"id\", \"url\", \"html\"}; output per line: {\"id\", \"text\", \"title\","
          + " \"language\", \"language_score\"} (plus \"decision\" when extraction excluded it)."
    })
public final class ExtractCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws Exception {
    CrawlsieveConfig cfg = config.load();
    DocumentExtractor extractor = new DocumentExtractor(cfg.extract());
    LanguageDetector detector = LanguageDetectors.shared();
    int sample = cfg.language().sampleChars();
    JsonLines.process(
        System.in,
        System.out,
        in -> {
          String id = JsonLines.optText(in, "id", null);
          String url = JsonLines.optText(in, "url", null);
          String html = JsonLines.requireText(in, "html");
          Provenance p =
              new Provenance(null, "-", 0, 0, id, null, url, null, 200, "text/html", null);
          RawRecord raw =
              new RawRecord(
                  "response",
                  p,
                  Map.of(),
                  "UTF-8",
                  html.getBytes(StandardCharsets.UTF_8),
                  List.of(),
                  null,
                  null);
          Extraction e = extractor.extract(raw);
          String text = e.document().text();
          LanguageDetector.Detection d = detector.detect(Text.truncate(text, sample));
          ObjectNode out = JsonLines.MAPPER.createObjectNode();
          out.put("id", id);
          out.put("text", text);
          out.put("title", e.document().title());
          out.put("language", d.language());
          out.put("language_score", d.score());
          Decision decision = e.decision();
          if (decision.verdict().excludes()) {
            out.put("decision", decision.reason());
          }
          return out;
        });
    return 0;
  }
}
