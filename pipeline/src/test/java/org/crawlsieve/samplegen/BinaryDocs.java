package org.crawlsieve.samplegen;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Non-HTML documents, written so that the same input gives the same bytes: a PDF with a fixed
 * trailer id and no dates, a DOCX zipped with fixed entry times, a PNG without time chunks.
 */
final class BinaryDocs {
  private BinaryDocs() {}

  private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2026, 1, 30, 12, 0);

  static byte[] pdf(String title, List<String> sentences, String author) {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> lines = new ArrayList<>();
      StringBuilder para = new StringBuilder();
      for (int i = 0; i < sentences.size(); i++) {
        para.append(para.length() == 0 ? "" : " ").append(sentences.get(i));
        if (i % 4 == 3 || i == sentences.size() - 1) {
          lines.addAll(wrap(para.toString(), 88));
          lines.add("");
          para.setLength(0);
        }
      }
      int perPage = 46;
      for (int start = 0; start < lines.size(); start += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          float y = 780;
          if (start == 0) {
            cs.beginText();
            cs.setFont(bold, 16);
            cs.newLineAtOffset(60, y);
            cs.showText(title);
            cs.endText();
            y -= 20;
            cs.beginText();
            cs.setFont(regular, 9);
            cs.newLineAtOffset(60, y);
            cs.showText(author);
            cs.endText();
            y -= 30;
          }
          cs.beginText();
          cs.setFont(regular, 10.5f);
          cs.setLeading(14.5f);
          cs.newLineAtOffset(60, y);
          for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.getDocumentInformation().setTitle(title);
      doc.getDocumentInformation().setAuthor(author);
      // a fixed file identifier: PDFBox would otherwise derive one from the current time
      COSArray id = new COSArray();
      byte[] idBytes = Ids.of(CapturePlan.SEED, "pdf", title).getBytes(StandardCharsets.US_ASCII);
      byte[] sixteen = java.util.Arrays.copyOfRange(idBytes, 10, 26);
      id.add(new COSString(sixteen));
      id.add(new COSString(sixteen));
      doc.getDocument().getTrailer().setItem(COSName.ID, id);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width && line.length() > 0) {
        out.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  static byte[] docx(String title, List<String> sentences) {
    StringBuilder body = new StringBuilder();
    body.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>")
        .append(HtmlRenderer.esc(title))
        .append("</w:t></w:r></w:p>");
    for (int i = 0; i < sentences.size(); i += 4) {
      body.append("<w:p><w:r><w:t xml:space=\"preserve\">")
          .append(
              HtmlRenderer.esc(
                  String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 4)))))
          .append("</w:t></w:r></w:p>");
    }
    String document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document"
            + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body
            + "<w:sectPr/></w:body></w:document>";
    String contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
            + " Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
            + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
            + " PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>";
    String rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
            + " Id=\"rId1\""
            + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "[Content_Types].xml", contentTypes);
      entry(zip, "_rels/.rels", rels);
      entry(zip, "word/document.xml", document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ZIP_TIME); // time-zone free DOS time, no extra timestamp fields
    zip.putNextEntry(e);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  static byte[] png() {
    BufferedImage img = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < 48; y++) {
      for (int x = 0; x < 48; x++) {
        boolean ring = Math.abs(Math.hypot(x - 23.5, y - 23.5) - 16) < 3;
        img.setRGB(x, y, ring ? 0x2E7D32 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
