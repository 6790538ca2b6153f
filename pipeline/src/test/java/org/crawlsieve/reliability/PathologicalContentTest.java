package org.crawlsieve.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.ProcessedRecord;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.RecordProcessor;
import org.crawlsieve.testing.TestWarc;
import org.crawlsieve.warc.RawRecord;
import org.crawlsieve.warc.WarcFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pathological pages through the whole per-record pipeline with the default config: each ends in a
 * decision (never an exception out of a step, never a hang). The preemptive timeout is a hang guard
 * sized for a loaded CI machine, not a speed target: speed is measured in the benchmarks.
 */
class PathologicalContentTest {
  static RecordProcessor processor;

  @BeforeAll
  static void build() {
    processor = new RecordProcessor(CrawlsieveConfig.defaults());
  }

  static RawRecord page(String contentType, byte[] body) {
    Provenance p =
        new Provenance(
            "CC-MAIN-2026-08",
            "t.warc.gz",
            0,
            1,
            "<urn:uuid:p>",
            null,
            "https://patho.example/page",
            null,
            200,
            contentType,
            null);
    return new RawRecord(
        "response",
        p,
        Map.of("content-type", List.of(contentType)),
        null,
        body,
        List.of(),
        null,
        null);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String repeat(String s, int times) {
    return s.repeat(times);
  }

  static Stream<Arguments> cases() {
    byte[] invalidUtf8 = new byte[2_000_000];
    new Random(1).nextBytes(invalidUtf8);
    StringBuilder attrs = new StringBuilder("<html><body><div");
    for (int i = 0; i < 1_000_000; i++) {
      attrs.append(" a").append(i).append("=\"").append(i).append('"');
    }
    attrs.append(">text</div></body></html>");
    String prose = "The quick brown fox jumps over the lazy dog and that is the end of it. ";
    return Stream.of(
        Arguments.of(
            "html nested 100,000 deep",
            page("text/html", utf8(repeat("<div>", 100_000) + prose + repeat("</div>", 100_000)))),
        Arguments.of(
            "5 MB single line",
            page(
                "text/html",
                utf8("<html><body><p>" + repeat("word ", 1_000_000) + "</p></body></html>"))),
        Arguments.of("a million attributes", page("text/html", utf8(attrs.toString()))),
        Arguments.of("invalid UTF-8", page("text/html", invalidUtf8)),
        Arguments.of(
            "mixed encodings",
            page(
                "text/html",
                concat(
                    utf8("<html><body><p>caf\u00e9 " + prose),
                    "na\u00efve r\u00e9sum\u00e9 ".getBytes(StandardCharsets.ISO_8859_1),
                    "\u65e5\u672c\u8a9e ".getBytes(java.nio.charset.Charset.forName("Shift_JIS")),
                    utf8("</p></body></html>")))),
        Arguments.of(
            "1 MB of e-mail look-alikes", page("text/plain", utf8(repeat("a@a.a@", 170_000)))),
        Arguments.of(
            "1 MB of dotted digits", page("text/plain", utf8(repeat("1.2.3.4.5.", 100_000)))),
        Arguments.of(
            "1 MB of digits and spaces",
            page("text/plain", utf8(repeat("4111 1111 1111 ", 70_000)))),
        Arguments.of(
            "1 MB of one repeated line", page("text/plain", utf8(repeat(prose + "\n", 14_000)))),
        Arguments.of("1 MB without spaces", page("text/plain", utf8(repeat("x", 1_000_000)))),
        Arguments.of("1 MB of brackets", page("text/plain", utf8(repeat("{[(<", 250_000)))),
        Arguments.of("1 MB of newlines", page("text/plain", utf8(repeat("\n", 1_000_000)))),
        Arguments.of("empty", page("text/html", new byte[0])),
        Arguments.of("binary labelled as PDF", page("application/pdf", invalidUtf8)));
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void endsInADecision(String name, RawRecord raw) {
    ProcessedRecord r =
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> processor.process(raw));
    Decision d = r.decisive();
    assertTrue(!r.decisions().isEmpty());
    for (Decision each : r.decisions()) {
      assertTrue(
          each.reason() == null || !each.reason().endsWith(".exception"),
          name + ": a step threw: " + each.evidence());
    }
    System.out.printf("%-28s -> %s %s%n", name, d.verdict().code(), d.reason());
  }

  static Stream<Arguments> readerCases() {
    List<String> through =
        List.of(
            "html nested 100,000 deep",
            "a million attributes",
            "invalid UTF-8",
            "5 MB single line",
            "empty");
    return cases().filter(a -> through.contains((String) a.get()[0]));
  }

  @ParameterizedTest(name = "{0} through a WARC")
  @MethodSource("readerCases")
  void survivesTheReaderToo(String name, RawRecord raw) throws IOException {
    byte[] warc =
        new TestWarc(true)
            .response(
                raw.provenance().targetUri(),
                TestWarc.http(200, raw.payload(), "Content-Type", raw.provenance().contentType()))
            .bytes();
    WarcFileReader reader =
        new WarcFileReader(
            new ByteArrayInputStream(warc), "t.warc.gz", warc.length, InputConfig.defaults());
    RawRecord read = reader.next();
    ProcessedRecord r =
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> processor.process(read));
    String first = String.valueOf(r.decisions().get(0).reason());
    assertTrue(!first.startsWith("warc."), name + ": " + first);
    assertEquals(null, reader.failure());
  }
}
