package org.crawlsieve.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Decisions;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;
import org.crawlsieve.core.Text;
import org.crawlsieve.core.Urls;
import org.crawlsieve.lang.LanguageDetector;
import org.crawlsieve.lang.LanguageDetectors;
import org.crawlsieve.quality.QualityFilters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crawlsieve quality}: JSON lines {@code {"id","text","language"?,"url"?}} on stdin to
 * {@code {"id","keep","reason","step","language","scores","token_count"}} on stdout, through the
 * quality stage of the config.
 */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Run the quality filters on documents given as JSON lines on stdin.",
      "Input per line: {\"id\", \"text\", \"language\"?, \"url\"?} (language detected when absent);"
          + " output per line: {\"id\", \"keep\", \"reason\", \"step\", \"language\", \"scores\","
          + " \"token_count\"}. \"reason\" is the dropping reason, or the modifying one"
          + " (quality.c4.lines_removed) for a kept document, or null."
    })
public final class QualityCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = "--with-text",
      description = "Also write \"text\": the text after line removal (kept documents).")
  boolean withText;

  @Override
  public Integer call() throws Exception {
    CrawlsieveConfig cfg = config.load();
    List<Step> steps = QualityFilters.build(cfg.quality());
    LanguageDetector detector = LanguageDetectors.shared();
    int sample = cfg.language().sampleChars();
    JsonLines.process(
        System.in,
        System.out,
        in -> {
          String id = JsonLines.optText(in, "id", null);
          String text = JsonLines.requireText(in, "text");
          String url = JsonLines.optText(in, "url", null);
          String language = JsonLines.optText(in, "language", null);
          double languageScore = 1.0;
          if (language == null) {
            LanguageDetector.Detection d = detector.detect(Text.truncate(text, sample));
            language = d.language();
            languageScore = d.score();
          }
          String host = Urls.host(url);
          Document doc =
              Document.builder()
                  .id(id)
                  .url(url)
                  .host(host)
                  .domain(Urls.registeredDomain(host))
                  .text(text)
                  .language(language, languageScore)
                  .build();
          List<Decision> decisions = new ArrayList<>();
          for (Step step : steps) {
            StepResult r = StepRunner.run(step, doc);
            decisions.add(r.decision());
            doc = r.document();
            if (r.decision().verdict().excludes()) {
              break;
            }
          }
          Decision decisive = Decisions.decisive(decisions, "quality");
          ObjectNode out = JsonLines.MAPPER.createObjectNode();
          out.put("id", id);
          out.put("keep", !decisive.verdict().excludes());
          out.put("reason", decisive.reason());
          out.put("step", decisive.step());
          out.put("language", language);
          ObjectNode scores = out.putObject("scores");
          for (Map.Entry<String, Double> e : doc.scores().entrySet()) {
            scores.put(e.getKey(), e.getValue());
          }
          if (doc.tokenCount() >= 0) {
            out.put("token_count", doc.tokenCount());
          }
          if (withText && !decisive.verdict().excludes()) {
            out.put("text", doc.text());
          }
          return out;
        });
    return 0;
  }
}
