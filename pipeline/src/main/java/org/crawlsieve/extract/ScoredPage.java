package org.crawlsieve.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The measured DOM of one page: per-element stats and the elements skipped as boilerplate. */
final class ScoredPage {
  final Element root;
  final Map<Element, NodeStats> stats = new IdentityHashMap<>();
  final Set<Element> skipped = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

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
}
