package org.crawlsieve.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Non-HTML documents (PDF, office, RTF, …) to text through Apache Tika. */
public final class TikaExtractor {
  private final AutoDetectParser parser = new AutoDetectParser();

  /** Text and title of a document; text cut at {@code maxChars}. */
  public HtmlPage extract(byte[] bytes, String contentType, int maxChars)
      throws IOException, TikaException, SAXException {
    BodyContentHandler handler = new BodyContentHandler(maxChars);
    Metadata metadata = new Metadata();
    if (contentType != null) {
      metadata.set(Metadata.CONTENT_TYPE, contentType);
    }
    try {
      parser.parse(new ByteArrayInputStream(bytes), handler, metadata, new ParseContext());
    } catch (SAXException e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw e;
      }
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    return new HtmlPage(
        title == null || title.isBlank() ? null : title.strip(),
        HtmlExtractor.normalise(handler.toString()),
        java.util.List.of(),
        null);
  }
}
