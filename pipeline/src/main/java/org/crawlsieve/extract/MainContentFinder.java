package org.crawlsieve.extract;

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
    return List.of(best.element);
  }
}
