package org.crawlsieve.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The measured DOM of one page: per-element stats, the elements skipped as boilerplate, and the
 * elements that collected paragraph scores (candidates for the main content).
 */
final class ScoredPage {
  final Element root;
  final Map<Element, NodeStats> stats = new IdentityHashMap<>();
  final Set<Element> skipped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  final List<NodeStats> candidates = new java.util.ArrayList<>();

  ScoredPage(Element root) {
    this.root = root;
  }

  NodeStats stats(Element e) {
    return stats.get(e);
  }

  int totalChars() {
    NodeStats s = stats.get(root);
    return s == null ? 0 : s.chars;
  }

  /** Candidate score discounted by the share of link text. */
  static double finalScore(NodeStats s) {
    return Double.isNaN(s.score) ? 0 : s.score * (1 - s.linkDensity());
  }
}
