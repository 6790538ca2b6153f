package org.crawlsieve.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One pass over the DOM that skips boilerplate elements and measures the rest: text and link
 * text per element, and for each paragraph-like block a score (more text and more commas score
 * higher) that flows to its ancestors, most to the parent, as in Mozilla's Readability. The
 * ancestor with the highest score, discounted by its link density, is the main-content candidate.
 */
final class ContentScorer {
  /** Blocks with less own text than this are not paragraphs (captions, buttons, labels). */
  static final int MIN_PARAGRAPH_CHARS = 25;

  /** Own text with more link share than this is navigation. */
  static final double LINK_BLOCK_DENSITY = 0.5;

  /** Blocks with this much own text are prose whatever their punctuation. */
  static final int PROSE_CHARS = 80;

  /** Short blocks weigh this much against the mass, per character. */
  static final double SHORT_BLOCK_PENALTY = 0.2;

  /** How many ancestor levels a paragraph's score reaches. */
  private static final int SCORE_LEVELS = 5;

  private ContentScorer() {}

  /** Measures {@code root}; with {@code useClassHints} false only tags, roles and hiding count. */
  static ScoredPage score(Element root, boolean useClassHints) {
    ScoredPage page = new ScoredPage(root);
    List<NodeStats> paragraphs = new ArrayList<>();
    NodeTraversor.filter(new Pass(page, paragraphs, useClassHints), root);
    for (NodeStats p : paragraphs) {
      if (insideDropped(p)) {
        continue;
      }
      double score = 1 + Math.min(p.ownPunct, 10) + Math.min(p.ownChars / 100.0, 3);
      score *= 1 - p.ownLinkDensity();
      NodeStats a = p.parent;
      for (int level = 0; a != null && level < SCORE_LEVELS; level++, a = a.parent) {
        if (Double.isNaN(a.score)) {
          a.score = initialScore(a.element);
          page.candidates.add(a);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        a.score += score / divider;
      }
    }
    return page;
  }

  private static boolean insideDropped(NodeStats s) {
    for (NodeStats a = s.parent; a != null; a = a.parent) {
      if (a.dropped) {
        return true;
      }
    }
    return false;
  }

  /** Prior of a candidate from its tag and class words. */
  static double initialScore(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    if (e.attributesSize() > 0) {
      s += 25 * BoilerplateRules.classWeight(e);
      String itemprop = e.attr("itemprop");
      if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) {
        s += 25;
      }
    }
    return s;
  }

  private static final class Pass implements NodeFilter {
    private final ScoredPage page;
    private final List<NodeStats> paragraphs;
    private final boolean useClassHints;
    private NodeStats current;
    private int inLink;
    private int inArticle;

    Pass(ScoredPage page, List<NodeStats> paragraphs, boolean useClassHints) {
      this.page = page;
      this.paragraphs = paragraphs;
      this.useClassHints = useClassHints;
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
          return FilterResult.SKIP_ENTIRELY;
        }
        marked = reason == BoilerplateRules.Reason.CLASS;
      }
      String tag = e.normalName();
      NodeStats s = new NodeStats(e, current, BlockTags.isBlock(tag));
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
      if (s.classMarked && !s.mainSignal) {
        // boilerplate after all: its text and paragraphs count for nothing above
        s.dropped = true;
        page.skipped.add(e);
        page.stats.remove(e);
        current = parent;
        return FilterResult.CONTINUE;
      }
      if (s.block && s.ownChars >= MIN_PARAGRAPH_CHARS && !BlockTags.HEADINGS.contains(tag)) {
        paragraphs.add(s);
      }
      if (s.block) {
        s.mass += blockMass(s);
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
      if (tag.equals("article") || tag.equals("main") || tag.equals("h1")) {
        return true;
      }
      if (e.attributesSize() == 0) {
        return false;
      }
      return e.attr("itemprop").equalsIgnoreCase("articleBody")
          || BoilerplateRules.classWords(e.className(), e.id()) == BoilerplateRules.MAIN;
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
