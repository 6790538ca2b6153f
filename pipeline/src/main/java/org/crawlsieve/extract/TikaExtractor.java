package org.crawlsieve.extract;

import java.io.ByteArrayInputStream;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Non-HTML documents (PDF, Word, OpenDocument, RTF, EPUB, …) to text through Apache Tika, bounded:
 * at most {@code maxBytes} in (checked by the caller), at most {@code maxChars} out (the parse
 * stops there and the text is kept), and at most {@code timeoutMillis} of wall-clock time in a
 * {@link ParseSlot}. Embedded documents (attachments, images) are not parsed. One instance per
 * extractor (it owns a parse thread); the Tika parser itself is shared per JVM.
 */
public final class TikaExtractor implements AutoCloseable {
  private final Parser parser = TikaParsers.parser();
  private final PDFParserConfig pdfConfig = TikaParsers.sharedPdfConfig();
  private final ParseSlot slot;
  private final long timeoutMillis;

  /** A parse's result: text and title on success, otherwise why not. */
  public record Result(Status status, HtmlPage page, boolean cut, String detail) {}

  /** How a Tika parse ended. */
  public enum Status {
    OK,
    TIMEOUT,
    ERROR,
    /** Too many earlier parses are stuck; Tika is off for this extractor. */
    DISABLED
  }

  public TikaExtractor(long timeoutMillis, int maxStuckThreads) {
    this.timeoutMillis = timeoutMillis;
    this.slot = new ParseSlot(Math.min(1000, Math.max(50, timeoutMillis / 4)), maxStuckThreads);
  }

  public Result extract(byte[] bytes, String contentType, int maxChars) {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    ParseSlot.Result<Result> r =
        slot.run(() -> parse(bytes, contentType, maxChars, deadline), timeoutMillis);
    return switch (r.outcome()) {
      case DONE -> r.value();
      case TIMEOUT -> new Result(Status.TIMEOUT, null, false, timeoutMillis + " ms");
      case DISABLED ->
          new Result(Status.DISABLED, null, false, "stuck parses: " + slot.stuckThreads());
      case FAILED -> new Result(Status.ERROR, null, false, describe(r.error()));
    };
  }

  private Result parse(byte[] bytes, String contentType, int maxChars, long deadline)
      throws Exception {
    BodyContentHandler body = new BodyContentHandler(maxChars);
    DeadlineHandler handler = new DeadlineHandler(body, deadline);
    Metadata metadata = new Metadata();
    if (contentType != null && !contentType.isEmpty()) {
      metadata.set(Metadata.CONTENT_TYPE, contentType);
    }
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdfConfig);
    // no Parser in the context: embedded documents are skipped, not parsed recursively
    boolean cut = false;
    try {
      parser.parse(new ByteArrayInputStream(bytes), handler, metadata, context);
    } catch (Exception e) {
      if (hasDeadlineCause(e)) {
        return new Result(Status.TIMEOUT, null, false, "deadline");
      }
      if (!(e instanceof SAXException) || !WriteLimitReachedException.isWriteLimitReached(e)) {
        throw e;
      }
      cut = true;
    }
    String title = metadata.get(TikaCoreProperties.TITLE);
    HtmlPage page =
        new HtmlPage(
            title == null || title.isBlank()
                ? null
                : org.crawlsieve.core.Text.truncate(title.strip(), HtmlExtractor.MAX_TITLE_CHARS),
            Whitespace.tidyLines(body.toString()),
            java.util.List.of(),
            null);
    return new Result(Status.OK, page, cut, null);
  }

  /** Parsers may wrap the handler's exception in their own. */
  private static boolean hasDeadlineCause(Throwable t) {
    for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
      if (t instanceof DeadlineHandler.DeadlineExceeded) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable t) {
    if (t == null) {
      return "unknown";
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = t.getClass().getSimpleName() + ": " + t.getMessage();
    if (root != t) {
      msg += " (" + root.getClass().getSimpleName() + ")";
    }
    return org.crawlsieve.core.Text.truncate(msg, 300);
  }

  @Override
  public void close() {
    slot.close();
  }
}
