package org.crawlsieve.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.ProcessedRecord;
import org.crawlsieve.core.RecordProcessor;
import org.crawlsieve.testing.SharedPages;
import org.crawlsieve.warc.WarcFileReader;

/**
 * Base-vs-branch check of the whole per-record pass: one line per record of every shared page (the
 * trafilatura pages, then every record of every WARC under {@code data/warc}) with each step's
 * decision (verdict, reason, scores, evidence) and the final document's text hash, length, scores
 * and flags. Run it once with another build's classes in front of the classpath and once without,
 * then compare the two files: equal files mean bit-identical outputs on every page. Only public
 * API, so it runs against older builds too.
 *
 * <p>Usage: {@code PerRecordDump <shared dir> <out file>}.
 */
public final class PerRecordDump {
  private PerRecordDump() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args[0]);
    RecordProcessor processor = new RecordProcessor(CrawlsieveConfig.defaults());
    try (PrintStream out =
        new PrintStream(Files.newOutputStream(Path.of(args[1])), false, StandardCharsets.UTF_8)) {
      List<Path> pages = SharedPages.files(shared.resolve("data/extraction/trafilatura-eval/html"));
      for (int i = 0; i < pages.size(); i++) {
        ProcessedRecord r =
            processor.process(
                SharedPages.response(
                    i, SharedPages.html(pages.get(i)), "https://page" + i + ".example.org/"));
        out.println(pages.get(i).getFileName() + "\t" + line(r));
      }
      List<Path> warcs;
      try (Stream<Path> s = Files.walk(shared.resolve("data/warc"))) {
        warcs =
            s.filter(Files::isRegularFile)
                .filter(p -> p.getFileName().toString().endsWith(".warc.gz"))
                .sorted()
                .toList();
      }
      for (Path file : warcs) {
        try (InputStream in = Files.newInputStream(file)) {
          WarcFileReader reader =
              new WarcFileReader(in, file.toString(), Files.size(file), InputConfig.defaults());
          int n = 0;
          while (reader.hasNext()) {
            out.println(
                file.getFileName() + "#" + n++ + "\t" + line(processor.process(reader.next())));
          }
        }
      }
    }
  }

  private static String line(ProcessedRecord r) {
    StringBuilder b = new StringBuilder();
    for (Decision d : r.decisions()) {
      b.append(d.step())
          .append(' ')
          .append(d.verdict())
          .append(' ')
          .append(d.reason())
          .append(' ')
          .append(d.scores())
          .append(' ')
          .append(d.evidence())
          .append(" | ");
    }
    Document doc = r.document();
    if (doc != null) {
      String text = doc.text() == null ? "" : doc.text();
      b.append("text ")
          .append(text.length())
          .append(' ')
          .append(text.hashCode())
          .append(" tokens ")
          .append(doc.tokenCount())
          .append(" scores ")
          .append(doc.scores())
          .append(" flags ")
          .append(doc.flags());
    }
    return b.toString();
  }
}
