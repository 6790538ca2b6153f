package org.crawlsieve.extract;

import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.epub.EpubParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;

/**
 * The per-JVM Tika parser: an explicit list of in-process parsers (PDF, OOXML, OLE2 Office,
 * OpenDocument, RTF, EPUB, plain text) rather than Tika's service-loaded default set, so nothing
 * can start an external process (Tesseract OCR, ffmpeg, exiftool, {@code strings}) or reach the
 * network. Tika parses XML (OOXML, ODF, EPUB) with its own hardened SAX setup: no DTDs loaded, no
 * external entities, entity expansion limited. Thread-safe once built; built on first use.
 */
final class TikaParsers {
  private TikaParsers() {}

  private static final class Holder {
    static final Parser PARSER = build();
    static final PDFParserConfig PDF_CONFIG = pdfConfig();
  }

  static Parser parser() {
    return Holder.PARSER;
  }

  /** PDF settings for every parse: text only, no OCR, no images. */
  static PDFParserConfig pdfConfig() {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setExtractAnnotationText(false);
    pdf.setExtractBookmarksText(false);
    pdf.setExtractAcroFormContent(false);
    return pdf;
  }

  static PDFParserConfig sharedPdfConfig() {
    return Holder.PDF_CONFIG;
  }

  private static Parser build() {
    return new AutoDetectParser(
        new PDFParser(),
        new OOXMLParser(),
        new OfficeParser(),
        new OpenDocumentParser(),
        new RTFParser(),
        new EpubParser(),
        new TXTParser());
  }
}
