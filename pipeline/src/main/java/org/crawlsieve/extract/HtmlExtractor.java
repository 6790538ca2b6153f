package org.crawlsieve.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.crawlsieve.core.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML to main text, title, meta tags and licence. The bytes are decoded once ({@link
 * CharsetSniffer}) and parsed once; everything after the parse is a few linear walks over the DOM:
 *
 * <ol>
 *   <li>{@link PageSignals}: meta tags and licence, from the whole page;
 *   <li>{@link ContentScorer}: skip boilerplate by tag, role, visibility and class/id words;
 *       measure text and link text; score paragraph-holding ancestors;
 *   <li>{@link MainContentFinder}: the best candidate and its related siblings;
 *   <li>{@link TextWriter}: their text, one block per line, without link lists.
 * </ol>
 *
 * When the main content comes out much smaller than the page's text, the extractor falls back to
 * the whole page with boilerplate skipped (a listing or a page of short blocks), and when even that
 * is empty, to the whole page with only non-text elements skipped. Such a short result is suspect:
 * it is checked against a second, independent extraction ({@link ParagraphClassifier}, jusText's
 * method), whose text wins when it is more than {@link #CHECK_FACTOR} times longer (an article in a
 * {@code <header>}, under a boilerplate class or role, or only in {@code <noscript>}).
 *
 * <p>Thread-safe and stateless: one instance can serve every record.
 */
public final class HtmlExtractor {
  /** Main text shorter than this (characters) triggers the fallbacks. */
  static final int MIN_MAIN_CHARS = 250;

  /**
   * A suspect main text (under {@link #MIN_MAIN_CHARS}, after the fallbacks) is replaced by the
   * {@link ParagraphClassifier}'s text when that is more than this many times longer.
   */
  static final double CHECK_FACTOR = 2;

  /** Titles are cut at this length. */
  static final int MAX_TITLE_CHARS = 1000;

  private final int maxChars;

  public HtmlExtractor() {
    this(ExtractConfig.defaults().maxTextChars());
  }

  /** {@code maxChars}: text beyond this is not written (the caller cuts and flags). */
  public HtmlExtractor(int maxChars) {
    this.maxChars = maxChars;
  }

  /** Decodes and parses {@code html}; {@code httpCharset} from the HTTP header may be null. */
  public HtmlPage extract(byte[] html, String httpCharset, String baseUri) {
    CharsetSniffer.Decision cs = CharsetSniffer.sniff(html, httpCharset);
    // Jsoup decodes while it parses (no intermediate String) and, given a charset, does not
    // sniff again.
    Document doc;
    try {
      doc =
          Jsoup.parse(
              new ByteArrayInputStream(html, cs.skip(), html.length - cs.skip()),
              cs.charset().name(),
              baseUri == null ? "" : baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a byte array
    }
    return extract(doc);
  }

  public HtmlPage extract(Document doc) {
    String title = Text.truncate(doc.title().strip(), MAX_TITLE_CHARS);
    PageSignals.Collector signals = new PageSignals.Collector();
    Element body = doc.body();
    String text;
    if (body == null) {
      signals.visitAll(doc);
      text = "";
    } else {
      // the head, and whatever a broken page has outside head and body, walked for signals only
      for (Element child : doc.children()) {
        for (Element part : child.children()) {
          if (part != body) {
            signals.visitAll(part);
          }
        }
      }
      text = mainText(body, signals);
    }
    PageSignals.Signals found = signals.signals();
    return new HtmlPage(title.isEmpty() ? null : title, text, found.metaTags(), found.license());
  }

  private String mainText(Element body, PageSignals.Collector signals) {
    ScoredPage page = ContentScorer.score(body, true, signals);
    List<Element> main = MainContentFinder.find(page);
    String text = write(page, main);
    if (text.length() >= MIN_MAIN_CHARS) {
      return text;
    }
    String fallback = fallback(page, main, text, body);
    // suspect: a second opinion that ignores classes, roles and the DOM's shape
    String check = ParagraphClassifier.extract(body, maxChars);
    return check.length() > CHECK_FACTOR * fallback.length() ? check : fallback;
  }

  /** The whole page with boilerplate skipped, or when that is empty, every text at all. */
  private String fallback(ScoredPage page, List<Element> main, String text, Element body) {
    if (main.size() == 1 && main.get(0) == body) {
      return text; // the whole page with boilerplate skipped already
    }
    String whole = write(page, List.of(body), true);
    if (!whole.isEmpty()) {
      return whole.length() > 2 * text.length() ? whole : text;
    }
    // a page of links and furniture only: keep everything that is text at all
    ScoredPage unpruned = ContentScorer.score(body, false);
    return write(unpruned, List.of(body), false);
  }

  private String write(ScoredPage page, List<Element> elements) {
    return write(page, elements, true);
  }

  private String write(ScoredPage page, List<Element> elements, boolean dropLinkLists) {
    TextWriter w = new TextWriter(page, maxChars, dropLinkLists);
    for (Element e : elements) {
      w.write(e);
    }
    return w.text();
  }

  /** Collapses runs of whitespace inside lines and drops empty lines. */
  static String normalise(CharSequence raw) {
    return Whitespace.tidyLines(raw);
  }
}
