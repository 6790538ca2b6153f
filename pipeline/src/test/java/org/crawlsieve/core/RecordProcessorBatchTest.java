package org.crawlsieve.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.extract.ExtractConfig;
import org.crawlsieve.testing.SharedPages;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A batch gives every record exactly what processing it alone gives. */
class RecordProcessorBatchTest {
  private static final Path REPO = Path.of(System.getProperty("crawlsieve.repo", "."));

  /** The sample WARCs' records, with the default config: every stage, every verdict they reach. */
  @Test
  void aBatchOfTheSampleRecordsEqualsTheRecordsProcessedOneByOne() throws IOException {
    List<RawRecord> raws = new ArrayList<>();
    try (Stream<Path> files = Files.list(REPO.resolve("sample-warc"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          WarcFileReader reader =
              new WarcFileReader(in, file.toString(), Files.size(file), InputConfig.defaults());
          while (reader.hasNext()) {
            raws.add(reader.next());
          }
        }
      }
    }
    assertTrue(raws.size() > 100, "sample records: " + raws.size());
    assertBatchesMatchOneByOne(raws, 32);
    assertBatchesMatchOneByOne(raws, 7);
  }

  @Test
  void aBatchOfTheSharedPagesEqualsThePagesProcessedOneByOne() throws IOException {
    Path dir = REPO.resolve("../shared/data/extraction/trafilatura-eval/html");
    Assumptions.assumeTrue(Files.isDirectory(dir), "shared pages not present");
    List<RawRecord> raws = new ArrayList<>();
    List<Path> files = SharedPages.files(dir);
    for (int i = 0; i < files.size(); i++) {
      raws.add(SharedPages.response(i, SharedPages.html(files.get(i)), "https://p" + i + ".org/"));
    }
    assertBatchesMatchOneByOne(raws, 32);
  }

  /** Drops, errors and skipped steps land on the right records, each in its own order. */
  @Test
  void dropsAndErrorsStayWithTheirRecordAndLaterStepsSkipOnlyThem() {
    Step dropOdd = step("drop_odd", doc -> doc.url().endsWith("1/") || doc.url().endsWith("3/"));
    Step failOnFour = step("fail_on_four", doc -> false);
    Step last = step("last", doc -> false);
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    RecordProcessor batched = new RecordProcessor(extractor, List.of(dropOdd, failOnFour, last));
    List<RawRecord> raws = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String html = "<html><body><p>" + (i == 4 ? "boom " : "") + "Page text " + i + ".</p>";
      raws.add(SharedPages.response(i, html.getBytes(), "https://p.org/" + i + "/"));
    }
    List<ProcessedRecord> out = batched.process(raws);
    assertEquals(6, out.size());
    for (int i = 0; i < 6; i++) {
      List<String> steps = out.get(i).decisions().stream().map(Decision::step).toList();
      assertEquals("https://p.org/" + i + "/", out.get(i).document().url());
      if (i == 1 || i == 3) {
        assertEquals(List.of(Stages.EXTRACT, "drop_odd"), steps, "record " + i);
      } else if (i == 4) {
        assertEquals(List.of(Stages.EXTRACT, "drop_odd", "fail_on_four"), steps);
        assertEquals(Verdict.ERROR, out.get(i).decisions().get(2).verdict());
      } else {
        assertEquals(List.of(Stages.EXTRACT, "drop_odd", "fail_on_four", "last"), steps);
      }
    }
    assertEquals(
        Set.of(Stages.EXTRACT, "drop_odd", "fail_on_four", "last"),
        batched.timings().totalNanos().keySet());
    RecordProcessor allDropped = new RecordProcessor(extractor, List.of(dropOdd, last));
    allDropped.process(List.of(raws.get(1), raws.get(3)));
    assertFalse(allDropped.timings().totalNanos().containsKey("last"), "a step no record reached");
  }

  private static void assertBatchesMatchOneByOne(List<RawRecord> raws, int size) {
    CrawlsieveConfig config = CrawlsieveConfig.defaults();
    RecordProcessor single = new RecordProcessor(config);
    RecordProcessor batched = new RecordProcessor(config);
    for (int from = 0; from < raws.size(); from += size) {
      List<RawRecord> batch = raws.subList(from, Math.min(raws.size(), from + size));
      List<ProcessedRecord> out = batched.process(batch);
      assertEquals(batch.size(), out.size());
      for (int i = 0; i < batch.size(); i++) {
        assertEquals(single.process(batch.get(i)), out.get(i), "record " + (from + i));
      }
    }
    assertEquals(single.timings().totalNanos().keySet(), batched.timings().totalNanos().keySet());
  }

  /** A step that drops the documents {@code drops} picks and throws on text with "boom". */
  private static Step step(String name, java.util.function.Predicate<Document> drops) {
    return new Step() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<String> reasons() {
        return Set.of(name + ".dropped");
      }

      @Override
      public StepResult apply(Document doc) {
        if (name.equals("fail_on_four") && doc.text().contains("boom")) {
          throw new IllegalStateException("boom");
        }
        if (drops.test(doc)) {
          return new StepResult(
              doc, Decision.drop(name, name + ".dropped", java.util.Map.of("why", "test")));
        }
        return new StepResult(doc, Decision.keep(name));
      }
    };
  }
}
