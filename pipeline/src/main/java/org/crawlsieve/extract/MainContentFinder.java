package org.crawlsieve.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Picks the main-content element of a scored page: the element whose subtree has the highest
 * content mass ({@link NodeStats#mass}: prose counts for, link-heavy and short blocks against). It
 * is where the prose is, and no wider than the prose needs, so menus and sidebars beside it stay
 * out while an article split over several sibling columns stays in.
 */
final class MainContentFinder {
  private MainContentFinder() {}

  /** The main-content elements in document order; the root when there is no prose at all. */
  static List<Element> find(ScoredPage page) {
    NodeStats best = null;
    NodeStats bestKept = null; // the best outside boilerplate dropped after measuring
    for (NodeStats s : page.stats.values()) {
      if (heavier(s, best)) {
        best = s;
      }
      if (heavier(s, bestKept) && !insideDropped(s)) {
        bestKept = s;
      }
    }
    // The heaviest block inside a dropped box (a comment thread) is the main content only when
    // the rest of the page has nothing comparable: then the box was the article after all.
    if (bestKept != null && bestKept != best && bestKept.mass >= KEPT_SHARE * best.mass) {
      best = bestKept;
    }
    if (best == null || best.mass <= 0) {
      return List.of(page.root); // no prose anywhere: let the caller's fallbacks decide
    }
    // A lone paragraph is not a container: take the element that holds it and its neighbours.
    if (best.ownChars * 2 > best.chars && best.parent != null) {
      best = best.parent;
    }
    return withLead(page, best);
  }

  /**
   * Ties go to the smaller element (wrappers add nothing), then to the deeper one (a wrapper with
   * exactly its child's text), then to the first in document order. The order is total, so the
   * answer does not depend on the order {@code page.stats} is walked in: that map is keyed by
   * identity, and its iteration order changed from run to run with the identity hash codes, which
   * once made the same page extract to three different texts.
   */
  static boolean heavier(NodeStats s, NodeStats than) {
    if (than == null || s.mass != than.mass) {
      return than == null || s.mass > than.mass;
    }
    if (s.chars != than.chars) {
      return s.chars < than.chars;
    }
    return s.depth != than.depth ? s.depth > than.depth : s.order < than.order;
  }

  /**
   * Share of the page's highest mass that the best element outside dropped boxes needs to be
   * preferred to one inside them (measured: 0.15 to 0.5 give the same F1, 0.9 and 0.05 less).
   */
  static final double KEPT_SHARE = 0.3;

  /**
   * Whether an ancestor was dropped as boilerplate after measuring (a class-marked comment box):
   * its descendants keep their stats, so a comment's paragraph can outweigh the article.
   */
  private static boolean insideDropped(NodeStats s) {
    for (NodeStats a = s.parent; a != null; a = a.parent) {
      if (a.dropped) {
        return true;
      }
    }
    return false;
  }

  /** Link share above which a sibling is navigation, not a lead. */
  static final double LEAD_MAX_LINK_DENSITY = 0.3;

  /** How many levels above the main element its preceding siblings are looked at. */
  static final int LEAD_LEVELS = 4;

  /**
   * The main element with the prose right before it: a lead paragraph or summary that sits beside
   * the article body rather than in it ("intro", "chapo", "summary" blocks). Only preceding
   * siblings with positive content mass and little link text count: a teaser list or a menu has
   * negative mass.
   */
  private static List<Element> withLead(ScoredPage page, NodeStats best) {
    List<Element> lead = new ArrayList<>();
    NodeStats at = best;
    for (int level = 0; level < LEAD_LEVELS && at.parent != null; level++) {
      List<Element> siblings = at.parent.element.children();
      for (int i = at.element.elementSiblingIndex() - 1; i >= 0; i--) {
        Element sib = siblings.get(i);
        NodeStats s = page.stats(sib);
        if (s == null || s.chars == 0) {
          continue;
        }
        if (s.mass > 0 && s.linkDensity() <= LEAD_MAX_LINK_DENSITY) {
          lead.add(sib);
        }
      }
      at = at.parent;
    }
    if (lead.isEmpty()) {
      return List.of(best.element);
    }
    Collections.reverse(lead);
    lead.add(best.element);
    return lead;
  }
}
