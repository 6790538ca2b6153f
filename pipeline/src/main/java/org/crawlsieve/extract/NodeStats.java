package org.crawlsieve.extract;

import org.jsoup.nodes.Element;

/**
 * Text measurements of one element, filled bottom-up by {@link ContentScorer}. Character counts are
 * of non-whitespace characters, so markup indentation does not count.
 */
final class NodeStats {
  final Element element;

  /** Enclosing element's stats (null at the root of the pass). */
  final NodeStats parent;

  /** This element when it is a block, else the nearest block above it. */
  final NodeStats nearestBlock;

  final boolean block;

  /** Levels below the root of the pass. */
  final int depth;

  /** Position in document order (pre-order) among the measured elements of the page. */
  final int order;

  /** Text of the whole subtree, and the part of it inside links. */
  int chars;

  int linkChars;

  /** Links (with text) in the subtree. */
  int links;

  /** Text of this block's own inline content (not of nested blocks), and its link part. */
  int ownChars;

  int ownLinkChars;

  /** Commas and sentence ends in the own inline content: signs of prose. */
  int ownPunct;

  /**
   * Class or id words say boilerplate; the element is dropped at its end unless it turned out to
   * hold {@link #mainSignal}.
   */
  boolean classMarked;

  /** Holds (or is) an article, main, h1, articleBody or content-classed element. */
  boolean mainSignal;

  /** Dropped as boilerplate after measuring (a class-marked element without main signal). */
  boolean dropped;

  /**
   * Content mass of the subtree: prose blocks count their text, link-heavy blocks count against,
   * short blocks slightly against. The subtree with the highest mass is the main content.
   */
  double mass;

  NodeStats(Element element, NodeStats parent, boolean block, int order) {
    this.element = element;
    this.parent = parent;
    this.block = block;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.order = order;
    this.nearestBlock = block || parent == null ? this : parent.nearestBlock;
  }

  double linkDensity() {
    return chars == 0 ? 0 : linkChars / (double) chars;
  }

  double ownLinkDensity() {
    return ownChars == 0 ? 0 : ownLinkChars / (double) ownChars;
  }
}
