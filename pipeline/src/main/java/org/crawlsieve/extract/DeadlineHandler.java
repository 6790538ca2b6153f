package org.crawlsieve.extract;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse cooperatively: every SAX event checks the deadline and the thread's interrupt flag
 * and throws once either says stop. This ends most slow parses (they produce events as they go); a
 * parser looping without emitting anything is stopped by {@link ParseSlot} instead.
 */
final class DeadlineHandler extends ContentHandlerDecorator {
  private final long deadlineNanos;

  DeadlineHandler(ContentHandler handler, long deadlineNanos) {
    super(handler);
    this.deadlineNanos = deadlineNanos;
  }

  /** Thrown through the parser when time is up. */
  static final class DeadlineExceeded extends SAXException {
    DeadlineExceeded() {
      super("parse deadline exceeded");
    }
  }

  private void check() throws SAXException {
    if (System.nanoTime() - deadlineNanos > 0 || Thread.currentThread().isInterrupted()) {
      throw new DeadlineExceeded();
    }
  }

  @Override
  public void startElement(String uri, String local, String name, org.xml.sax.Attributes atts)
      throws SAXException {
    check();
    super.startElement(uri, local, name, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    check();
    super.characters(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    check();
    super.ignorableWhitespace(ch, start, length);
  }
}
