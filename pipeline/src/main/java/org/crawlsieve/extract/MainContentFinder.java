package org.crawlsieve.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Picks the main-content elements of a scored page: the best candidate, plus those of its siblings
 * that look like they belong to it (a good score of their own, or a prose paragraph).
 */
final class MainContentFinder {
  /** A sibling joins when its score reaches this share of the top score. */
  static final double SIBLING_SHARE = 0.2;

  /** A sibling paragraph joins when it has this much own text with few links. */
  static final int SIBLING_PARAGRAPH_CHARS = 80;

  private MainContentFinder() {}

  static final int MODE = Integer.getInteger("cs.mode", 1);

  /** The element whose subtree has the highest content mass (the first, deepest, on ties). */
  static List<Element> byMass(ScoredPage page) {
    NodeStats best = null;
    for (NodeStats s : page.stats.values()) {
      if (best == null || s.mass > best.mass
          || (s.mass == best.mass && s.chars < best.chars)) {
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

  /** The main-content elements in document order; the root when nothing scored. */
  static List<Element> find(ScoredPage page) {
    if (MODE == 1) {
      return byMass(page);
    }
    NodeStats top = null;
    double best = 0;
    for (NodeStats c : page.candidates) {
      double s = ScoredPage.finalScore(c);
      if (top == null || s > best) {
        top = c;
        best = s;
      }
    }
    if (top == null) {
      return List.of(page.root);
    }
    Element parent = top.element.parent();
    if (parent == null || page.stats(parent) == null) {
      return List.of(top.element);
    }
    double threshold = Math.max(10, best * SIBLING_SHARE);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      NodeStats s = page.stats(sibling);
      if (s == null) {
        continue; // skipped as boilerplate
      }
      if (s == top
          || ScoredPage.finalScore(s) >= threshold
          || (s.block && s.ownChars >= SIBLING_PARAGRAPH_CHARS && s.ownLinkDensity() < 0.25)) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }
}
