package org.crawlsieve.samplegen;

import java.util.List;

/**
 * What a special page adds to or replaces in the site template.
 *
 * @param headExtra raw HTML lines added to the head (meta tags, license links)
 * @param preformatted text shown in a {@code <pre>} block after the article text, or null
 * @param mainOverride raw HTML that replaces the whole article body, or null
 * @param withComments whether the comments section is shown
 */
record PageOptions(
    List<String> headExtra, String preformatted, String mainOverride, boolean withComments) {

  static final PageOptions DEFAULT = new PageOptions(List.of(), null, null, true);

  PageOptions withHead(String... lines) {
    List<String> all = new java.util.ArrayList<>(headExtra);
    all.addAll(List.of(lines));
    return new PageOptions(List.copyOf(all), preformatted, mainOverride, withComments);
  }

  PageOptions withPre(String text) {
    return new PageOptions(headExtra, text, mainOverride, withComments);
  }

  PageOptions withMain(String html) {
    return new PageOptions(headExtra, preformatted, html, false);
  }
}
