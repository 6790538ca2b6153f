package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.crawlsieve.core.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Non-HTML documents through Tika, and every bound with its reason code. */
class TikaBoundsTest {
  private static final String LINE = "Quarterly report of the river authority";

  private static ExtractConfig config(long maxBytes, int maxChars, long timeoutMillis) {
    return new ExtractConfig(1, maxChars, maxBytes, timeoutMillis, 2);
  }

  private static Extraction run(ExtractConfig cfg, String type, byte[] payload) {
    return new DocumentExtractor(cfg).extract(TestDocuments.record(type, null, payload));
  }

  @Test
  void pdfTextIsExtracted() throws IOException {
    Extraction e = run(ExtractConfig.defaults(), "application/pdf", TestDocuments.pdf(2, LINE));
    assertEquals(Verdict.KEEP, e.decision().verdict(), e.decision().toString());
    assertTrue(e.document().text().contains(LINE + " (page 2)"), e.document().text());
  }

  @Test
  void docxRtfAndOdtTextIsExtracted() throws IOException {
    String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    assertTrue(
        run(ExtractConfig.defaults(), docx, TestDocuments.docx("Word text here."))
            .document()
            .text()
            .contains("Word text here."));
    byte[] rtf =
        "{\\rtf1\\ansi{\\fonttbl\\f0 Times;}\\f0 Rich text here.\\par}"
            .getBytes(StandardCharsets.US_ASCII);
    assertTrue(
        run(ExtractConfig.defaults(), "application/rtf", rtf)
            .document()
            .text()
            .contains("Rich text here."));
    byte[] odt = TestDocuments.odt(TestDocuments.odtContent("", "Open text here."));
    assertTrue(
        run(ExtractConfig.defaults(), "application/vnd.oasis.opendocument.text", odt)
            .document()
            .text()
            .contains("Open text here."));
  }

  @Test
  void plainTextIsDecodedAndTidied() {
    byte[] bytes = "  Grüße  aus\n\n\nBerlin ".getBytes(StandardCharsets.ISO_8859_1);
    Extraction e = run(ExtractConfig.defaults(), "text/plain", bytes);
    assertEquals("Grüße aus\nBerlin", e.document().text());
  }

  @Test
  void largePdfIsNotParsed() throws IOException {
    byte[] big = TestDocuments.pdf(60, LINE);
    Extraction over = run(config(big.length - 1, 1_000_000, 10_000), "application/pdf", big);
    assertEquals(DocumentExtractor.TOO_LARGE, over.decision().reason());
    Extraction at = run(config(big.length, 1_000_000, 10_000), "application/pdf", big);
    assertEquals(Verdict.KEEP, at.decision().verdict());
  }

  @Test
  void outputIsCutAtMaxCharsAndFlagged() throws IOException {
    byte[] pdf = TestDocuments.pdf(20, LINE);
    Extraction e = run(config(10_000_000, 500, 10_000), "application/pdf", pdf);
    assertEquals(Verdict.KEEP, e.decision().verdict());
    assertTrue(e.document().text().length() <= 500);
    assertTrue(e.document().flags().contains(DocumentExtractor.TEXT_CUT));
    Extraction whole = run(config(10_000_000, 1_000_000, 10_000), "application/pdf", pdf);
    assertFalse(whole.document().flags().contains(DocumentExtractor.TEXT_CUT));
  }

  @Test
  void malformedPdfIsAParseErrorDrop() throws IOException {
    byte[] pdf = TestDocuments.pdf(3, LINE);
    byte[] broken = Arrays.copyOf(pdf, pdf.length / 3);
    for (int i = 400; i < broken.length; i += 7) {
      broken[i] = (byte) (broken[i] ^ 0x5A);
    }
    Extraction e = run(ExtractConfig.defaults(), "application/pdf", broken);
    assertEquals(Verdict.DROP, e.decision().verdict(), e.decision().toString());
    assertTrue(DocumentExtractor.REASONS.contains(e.decision().reason()));
    Extraction garbage =
        run(
            ExtractConfig.defaults(),
            "application/pdf",
            "%PDF-1.7\nthis is not a pdf".getBytes(StandardCharsets.US_ASCII));
    assertEquals(DocumentExtractor.PARSE_ERROR, garbage.decision().reason());
  }

  @Test
  void xmlEntityBombIsNotExpanded() throws IOException {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
    for (int i = 2; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int k = 0; k < 10; k++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">");
    }
    dtd.append("]>");
    byte[] odt = TestDocuments.odt(TestDocuments.odtContent(dtd.toString(), "&lol9;"));
    long t0 = System.nanoTime();
    Extraction e = run(ExtractConfig.defaults(), "application/vnd.oasis.opendocument.text", odt);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    assertTrue(e.document().text().length() < 10_000, "expanded: " + e.document().text().length());
    assertTrue(millis < 9_000, "took " + millis + " ms");
    assertTrue(
        DocumentExtractor.REASONS.contains(e.decision().reason())
            || e.decision().verdict() == Verdict.KEEP);
  }

  @Test
  void externalEntitiesAreNotResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String doctype = "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    byte[] odt = TestDocuments.odt(TestDocuments.odtContent(doctype, "before &xxe; after"));
    Extraction e = run(ExtractConfig.defaults(), "application/vnd.oasis.opendocument.text", odt);
    assertFalse(e.document().text().contains("TOP-SECRET"), e.document().text());
  }
}
