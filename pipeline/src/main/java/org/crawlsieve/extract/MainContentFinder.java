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
    for (NodeStats s : page.stats.values()) {
      // ties go to the smaller element: wrappers add nothing
      if (best == null || s.mass > best.mass || (s.mass == best.mass && s.chars < best.chars)) {
        best = s;
      }
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
