package org.crawlsieve.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over the DOM that skips boilerplate elements and measures the rest: text, link text and
 * links per element, and the content mass of each subtree (see {@link NodeStats#mass}). Elements
 * whose class or id words say boilerplate are measured but dropped at their end unless they hold an
 * article, main, h1 or articleBody (a "has-sidebar" page wrapper).
 */
final class ContentScorer {
  /** Blocks with less own text than this are not paragraphs (captions, buttons, labels). */
  static final int MIN_PARAGRAPH_CHARS = 25;

  /** Content mass an article element needs to count as the page's article. */
  static final double ARTICLE_SIGNAL_MASS = 400;

  /** Own text with more link share than this is navigation. */
  static final double LINK_BLOCK_DENSITY = 0.5;

  /** Blocks with this much own text are prose whatever their punctuation. */
  static final int PROSE_CHARS = 80;

  /** Short blocks weigh this much against the mass, per character. */
  static final double SHORT_BLOCK_PENALTY = 0.2;

  private ContentScorer() {}

  /** Measures {@code root}; with {@code useClassHints} false only tags, roles and hiding count. */
  static ScoredPage score(Element root, boolean useClassHints) {
    return score(root, useClassHints, null);
  }

  /**
   * As {@link #score(Element, boolean)}, also handing every element of {@code root}'s subtree,
   * skipped or not, to {@code signals} (when not null): one walk serves both.
   */
  static ScoredPage score(Element root, boolean useClassHints, PageSignals.Collector signals) {
    ScoredPage page = new ScoredPage(root);
    NodeTraversor.filter(new Pass(page, useClassHints, signals), root);
    return page;
  }

  private static final class Pass implements NodeFilter {
    private final ScoredPage page;
    private final boolean useClassHints;
    private final PageSignals.Collector signals;
    private NodeStats current;
    private int inLink;
    private int measured; // elements measured so far: the next one's document order
    private int inArticle;

    Pass(ScoredPage page, boolean useClassHints, PageSignals.Collector signals) {
      this.page = page;
      this.useClassHints = useClassHints;
      this.signals = signals;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (current != null) {
          countText(t.getWholeText());
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      boolean marked = false;
      if (current != null) { // the root itself is always measured
        BoilerplateRules.Reason reason =
            useClassHints
                ? BoilerplateRules.skip(e, inArticle > 0)
                : BoilerplateRules.NON_TEXT_TAGS.contains(e.normalName())
                    ? BoilerplateRules.Reason.TAG
                    : null;
        if (reason != null && reason != BoilerplateRules.Reason.CLASS) {
          page.skipped.add(e);
          if (signals != null) {
            signals.visitAll(e); // licences and metas live in skipped footers and heads too
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        marked = reason == BoilerplateRules.Reason.CLASS;
      }
      if (signals != null) {
        signals.element(e);
      }
      String tag = e.normalName();
      NodeStats s = new NodeStats(e, current, BlockTags.isBlock(tag), measured++);
      s.classMarked = marked;
      s.mainSignal = !marked && isMainSignal(e, tag);
      page.stats.put(e, s);
      current = s;
      if (tag.equals("a")) {
        inLink++;
      } else if (tag.equals("article") || tag.equals("main")) {
        inArticle++;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (!(node instanceof Element e) || current == null || current.element != e) {
        return FilterResult.CONTINUE;
      }
      NodeStats s = current;
      String tag = e.normalName();
      if (tag.equals("a")) {
        inLink--;
        if (s.chars > 0) {
          s.links++;
        }
      } else if (tag.equals("article") || tag.equals("main")) {
        inArticle--;
      }
      NodeStats parent = s.parent;
      if (s.block) {
        s.mass += blockMass(s);
      }
      // an article element vouches for its boilerplate-classed ancestors only when it holds
      // real prose: teaser "articles" in a related-posts box do not
      if (!s.classMarked && tag.equals("article") && s.mass >= ARTICLE_SIGNAL_MASS) {
        s.mainSignal = true;
      }
      if (s.classMarked && !s.mainSignal) {
        // boilerplate after all: its text and paragraphs count for nothing above
        s.dropped = true;
        page.skipped.add(e);
        page.stats.remove(e);
        current = parent;
        return FilterResult.CONTINUE;
      }
      if (parent != null) {
        parent.mass += s.mass;
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.links += s.links;
        parent.mainSignal |= s.mainSignal;
        current = parent;
      }
      return FilterResult.CONTINUE;
    }

    /** The weight of one block's own text in the content mass. */
    private static double blockMass(NodeStats s) {
      int c = s.ownChars;
      if (c == 0) {
        return 0;
      }
      double ld = s.ownLinkDensity();
      if (ld > LINK_BLOCK_DENSITY) {
        return -c;
      }
      if (c >= PROSE_CHARS || (s.ownPunct > 0 && c >= MIN_PARAGRAPH_CHARS)) {
        return c * (1 - ld);
      }
      return -SHORT_BLOCK_PENALTY * c;
    }

    private static boolean isMainSignal(Element e, String tag) {
      if (tag.equals("main") || tag.equals("h1")) {
        return true;
      }
      if (e.attributesSize() == 0) {
        return false;
      }
      // only structural signals: content-looking class words are too common inside widgets
      return e.attr("itemprop").equalsIgnoreCase("articleBody");
    }

    private void countText(String text) {
      int chars = 0;
      int punct = 0;
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        if (c > ' ' && c != '\u00A0' && !Character.isWhitespace(c)) {
          chars++;
          if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u3002') {
            punct++;
          }
        }
      }
      current.chars += chars;
      NodeStats block = current.nearestBlock;
      block.ownChars += chars;
      block.ownPunct += punct;
      if (inLink > 0) {
        current.linkChars += chars;
        block.ownLinkChars += chars;
      }
    }
  }
}
