package org.crawlsieve.extract;

import java.util.Set;

/** Tag classes the extractor's passes agree on. */
final class BlockTags {
  private BlockTags() {}

  /** Elements that start and end a line of text. Custom elements (with a dash) count too. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "caption",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "legend",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "frameset",
          "noframes",
          "listing",
          "plaintext",
          "xmp",
          "output");

  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  static boolean isBlock(String tag) {
    return BLOCKS.contains(tag) || tag.indexOf('-') > 0;
  }

  static boolean isCell(String tag) {
    return tag.equals("td") || tag.equals("th");
  }
}
