package org.crawlsieve.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.crawlsieve.core.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
    String base = baseUri == null ? "" : baseUri;
    Document doc = parseUtf8(html, cs, base);
    return extract(doc == null ? parseStream(html, cs, base) : doc);
  }

  /**
   * The common case, UTF-8, decoded by {@link Utf8Reader} straight into Jsoup's buffer; null when
   * it does not apply (another charset, a byte-order mark Jsoup would act on) or the bytes are not
   * well-formed UTF-8, and {@link #parseStream} decides. What Jsoup's stream path does besides
   * decoding (jsoup 1.24.1, {@code DataUtil.detectCharset} / {@code parseInputStream}, with a
   * charset given): a BOM check that overrides the charset (left to the stream path here), the same
   * {@code Parser.htmlParser().parseInput(Reader, baseUri)}, and the output charset set on the
   * document.
   */
  static Document parseUtf8(byte[] html, CharsetSniffer.Decision cs, String baseUri) {
    int from = cs.skip();
    if (!cs.charset().equals(StandardCharsets.UTF_8) || jsoupSeesBom(html, from)) {
      return null;
    }
    try {
      Document doc =
          Parser.htmlParser().parseInput(new Utf8Reader(html, from, html.length), baseUri);
      doc.outputSettings().charset(StandardCharsets.UTF_8);
      return doc;
    } catch (Utf8Reader.Malformed e) {
      return null; // the JDK's decoder, with its replacement characters, takes the page
    }
  }

  /**
   * Jsoup's own path: it decodes while it parses (no intermediate String) and, given a charset,
   * does not sniff again. The oracle for {@link #parseUtf8}.
   */
  static Document parseStream(byte[] html, CharsetSniffer.Decision cs, String baseUri) {
    try {
      return Jsoup.parse(
          new ByteArrayInputStream(html, cs.skip(), html.length - cs.skip()),
          cs.charset().name(),
          baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a byte array
    }
  }

  /** The byte-order marks jsoup 1.24.1 looks for (UTF-32, UTF-16, UTF-8) where its input starts. */
  private static boolean jsoupSeesBom(byte[] b, int from) {
    int n = b.length - from;
    int b0 = n > 0 ? b[from] & 0xFF : 0;
    int b1 = n > 1 ? b[from + 1] & 0xFF : 0;
    int b2 = n > 2 ? b[from + 2] & 0xFF : 0;
    return b0 == 0xFE
        || b0 == 0xFF
        || (b0 == 0 && b1 == 0 && b2 == 0xFE)
        || (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF);
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
