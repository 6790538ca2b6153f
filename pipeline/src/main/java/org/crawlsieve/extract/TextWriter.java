package org.crawlsieve.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of chosen elements with its structure: each block (paragraph, heading, list item,
 * quote) on its own line, table rows one per line with cells separated by {@value #CELL_SEPARATOR},
 * {@code <br>} as a line break, whitespace collapsed. Skipped boilerplate and link-heavy groups
 * (menus, tag lists, "related" lists inside the content) are left out.
 */
final class TextWriter {
  static final String CELL_SEPARATOR = " | ";

  /**
   * A block whose text is more than this share of links is navigation, not prose (0.35 measured
   * better than 0.5 on the evaluation set: teaser blocks are a title link plus a short blurb).
   */
  static final double MAX_LINK_DENSITY = 0.35;

  static final int LINK_LIST_MIN = 1;

  private final ScoredPage page;
  private final StringBuilder out = new StringBuilder();

  /** Reused by {@link Whitespace#appendCollapsed} for every text node of the page. */
  private char[] scratch = new char[256];

  private final int maxChars;

  private final boolean dropLinkLists;

  /** Where the last heading's line starts and ends in {@link #out}; -1 when none is open. */
  private int headingStart = -1;

  private int headingEnd = -1;

  /**
   * A heading followed directly by another heading or by the end of the text introduced something
   * that was removed ("Related posts" above a dropped link list): drop it too.
   */
  private void dropOrphanHeading() {
    if (headingStart >= 0
        && headingEnd >= headingStart
        && out.length() == headingEnd
        && headingEnd - headingStart <= MAX_ORPHAN_HEADING_CHARS) {
      out.setLength(headingStart);
    }
    headingStart = -1;
    headingEnd = -1;
  }

  /**
   * Headings longer than this are kept even when nothing follows them: a sentence set as a heading
   * is text, while the titles of removed widgets ("Related posts") are short.
   */
  static final int MAX_ORPHAN_HEADING_CHARS = 80;

  /** A table cell started: the next text on the same line needs a separator before it. */
  private boolean pendingCell;

  TextWriter(ScoredPage page, int maxChars, boolean dropLinkLists) {
    this.page = page;
    this.maxChars = maxChars;
    this.dropLinkLists = dropLinkLists;
  }

  /** Appends the text of {@code e} (a block: starts and ends a line). */
  TextWriter write(Element e) {
    newline();
    NodeTraversor.filter(new Visitor(e), e);
    newline();
    return this;
  }

  /** The text written so far, lines trimmed, empty lines dropped. */
  String text() {
    dropOrphanHeading();
    String text = Whitespace.tidyLines(out);
    return dropTrailingLabels(text);
  }

  /**
   * Longest line that counts as a label ("Share this:", "More topics:"), and longest last line
   * taken for furniture.
   */
  static final int MAX_LABEL_CHARS = 50;

  /**
   * Drops short lines ending in a colon at the end of the text: labels of lists and widgets that
   * were removed ("Share this:", "Related topics:"), which say nothing without what followed. Also
   * drops one short line that does not end a sentence there when the text has more lines: what
   * trails an article in its container is mostly furniture ("Back to all news", "Contact", "More
   * columns", a photo credit), while articles end in sentences (lost: sign-offs such as "x
   * Franzi").
   */
  static String dropTrailingLabels(String text) {
    int end = text.length();
    boolean shortLineDropped = false;
    while (end > 0) {
      int start = text.lastIndexOf('\n', end - 1) + 1;
      int len = end - start;
      if (len == 0 || len > MAX_LABEL_CHARS) {
        break;
      }
      char last = text.charAt(end - 1);
      if (last != ':') {
        if (shortLineDropped || start == 0 || isSentenceEnd(last)) {
          break; // a one-line text is all there is; a short sentence ("Thank you!") is text
        }
        shortLineDropped = true;
      }
      end = start == 0 ? 0 : start - 1;
    }
    return text.substring(0, end);
  }

  private static boolean isSentenceEnd(char c) {
    return c == '.'
        || c == '!'
        || c == '?'
        || c == '\u2026' // …
        || c == '\u3002' // 。
        || c == '\uFF01' // ！
        || c == '\uFF1F'; // ？
  }

  int length() {
    return out.length();
  }

  private void newline() {
    pendingCell = false;
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) != '\n') {
      // drop one trailing space before the break
      if (out.charAt(n - 1) == ' ') {
        out.setLength(n - 1);
      }
      out.append('\n');
    }
  }

  private boolean full() {
    return out.length() >= maxChars;
  }

  private final class Visitor implements NodeFilter {
    private final Element root;

    Visitor(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (full()) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode t) {
        String text = t.getWholeText();
        if (pendingCell && !t.isBlank()) {
          // cells are separated only between cells that hold text
          trimSpace();
          int n = out.length();
          if (n > 0 && out.charAt(n - 1) != '\n') {
            out.append(CELL_SEPARATOR);
          }
          pendingCell = false;
        }
        scratch = Whitespace.appendCollapsed(out, text, scratch);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (e != root) {
        NodeStats s = page.stats(e);
        if (s == null || page.skipped.contains(e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (dropLinkLists && isLinkList(s)) {
          dropDanglingLabel();
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      String tag = e.normalName();
      if (BlockTags.isCell(tag)) {
        pendingCell = true;
      } else if (tag.equals("br")) {
        newline();
      } else if (BlockTags.HEADINGS.contains(tag)) {
        newline();
        dropOrphanHeading();
        headingStart = out.length();
      } else if (BlockTags.isBlock(tag)) {
        newline();
      } else if (tag.equals("img")) {
        return FilterResult.SKIP_ENTIRELY;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (!BlockTags.isCell(tag) && BlockTags.isBlock(tag)) {
          newline();
        }
        if (BlockTags.HEADINGS.contains(tag) && headingStart >= 0) {
          headingEnd = out.length();
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  /**
   * A link list was left out: a short "label:" line right before it introduced it ("Read more:",
   * "Sources:", "Weitere Informationen:") and says nothing on its own. (Dropping a heading there
   * too cost more recall than it gained: headings often introduce a list and then more prose.)
   */
  private void dropDanglingLabel() {
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == '\n' || out.charAt(end - 1) == ' ')) {
      end--;
    }
    if (end == 0 || out.charAt(end - 1) != ':') {
      return;
    }
    int start = out.lastIndexOf("\n", end - 1) + 1;
    if (end - start <= MAX_LABEL_CHARS) {
      out.setLength(start);
      if (headingEnd >= start) {
        headingStart = -1; // the label was the open heading: it is gone
        headingEnd = -1;
      }
    }
  }

  private void trimSpace() {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
  }

  /**
   * A block of links and little else: a menu, tag cloud, link list or "read more". A paragraph with
   * a prose paragraph's worth of text outside its links ({@link ContentScorer#PROSE_CHARS}) is a
   * sentence that cites its sources, not a list: teaser blurbs and menus are list items and divs,
   * rarely {@code <p>}.
   */
  private static boolean isLinkList(NodeStats s) {
    return s.block
        && s.links >= LINK_LIST_MIN
        && s.linkDensity() > MAX_LINK_DENSITY
        && !(s.chars - s.linkChars >= ContentScorer.PROSE_CHARS
            && s.element.normalName().equals("p"));
  }
}
