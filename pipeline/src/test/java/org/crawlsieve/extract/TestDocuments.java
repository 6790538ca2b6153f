package org.crawlsieve.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.warc.RawRecord;

/** Documents made by the tests themselves: PDFs, DOCX, ODT, and records that carry them. */
final class TestDocuments {
  private TestDocuments() {}

  /** A PDF with {@code pages} pages, each holding {@code line} a few times. */
  static byte[] pdf(int pages, String line) throws IOException {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages; p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.newLineAtOffset(50, 700);
          for (int i = 0; i < 5; i++) {
            cs.showText(line + " (page " + (p + 1) + ")");
            cs.newLineAtOffset(0, -14);
          }
          cs.endText();
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  static byte[] docx(String paragraph) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText(paragraph);
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** An OpenDocument text whose content.xml is {@code contentXml}. */
  static byte[] odt(String contentXml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                  + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry"
                  + " manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis."
                  + "opendocument.text\"/><manifest:file-entry manifest:full-path=\"content.xml\""
                  + " manifest:media-type=\"text/xml\"/></manifest:manifest>")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** content.xml of an ODT with a DTD prefix and one paragraph. */
  static String odtContent(String doctype, String paragraph) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + doctype
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:"
        + "1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version="
        + "\"1.2\"><office:body><office:text><text:p>"
        + paragraph
        + "</text:p></office:text></office:body></office:document-content>";
  }

  static RawRecord record(String contentType, String charset, byte[] payload) {
    Provenance p =
        new Provenance(
            null,
            "test.warc",
            0,
            0,
            "<urn:uuid:1>",
            null,
            "https://example.org/doc",
            null,
            200,
            contentType,
            null);
    return new RawRecord("response", p, Map.of(), charset, payload, List.of(), null, null);
  }
}
