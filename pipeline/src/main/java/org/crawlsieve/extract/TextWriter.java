package org.crawlsieve.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of chosen elements with its structure: each block (paragraph, heading, list
 * item, quote) on its own line, table rows one per line with cells separated by {@value
 * #CELL_SEPARATOR}, {@code <br>} as a line break, whitespace collapsed. Skipped boilerplate and
 * link-heavy groups (menus, tag lists, "related" lists inside the content) are left out.
 */
final class TextWriter {
  static final String CELL_SEPARATOR = " | ";

  /** A block whose text is more than this share of links is navigation, not prose. */
  static final double MAX_LINK_DENSITY = 0.5;

  static final int LINK_LIST_MIN = 1;

  private final ScoredPage page;
  private final StringBuilder out = new StringBuilder();
  private final int maxChars;

  private final boolean dropLinkLists;

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
    return Whitespace.tidyLines(out);
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
        Whitespace.appendCollapsed(out, text);
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (e != root) {
        NodeStats s = page.stats(e);
        if (s == null || page.skipped.contains(e) || (dropLinkLists && isLinkList(s))) {
          return FilterResult.SKIP_ENTIRELY;
        }
      }
      String tag = e.normalName();
      if (BlockTags.isCell(tag)) {
        pendingCell = true;
      } else if (tag.equals("br")) {
        newline();
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
      }
      return FilterResult.CONTINUE;
    }
  }

  private void trimSpace() {
    int n = out.length();
    if (n > 0 && out.charAt(n - 1) == ' ') {
      out.setLength(n - 1);
    }
  }

  /** A block of links and little else: a menu, tag cloud, link list or "read more". */
  private static boolean isLinkList(NodeStats s) {
    return s.block && s.links >= LINK_LIST_MIN && s.linkDensity() > MAX_LINK_DENSITY;
  }
}
