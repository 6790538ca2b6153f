package org.crawlsieve.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crawlsieve.core.MetaTag;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the consent and licence rules need from a page, collected in one walk over the whole DOM
 * (boilerplate included: licences live in footers): every {@code <meta>} with a name, {@code
 * http-equiv} or {@code property}, and the page's licence URL.
 *
 * <p>Licence sources, most explicit first (the first one found wins): {@code rel="license"} on
 * {@code <a>} or {@code <link>}; {@code <meta name="license">}, {@code dc.rights}, {@code
 * dcterms.license}, {@code dcterms.rights}; schema.org {@code itemprop="license"}; a JSON-LD {@code
 * "license"} value; a link to a Creative Commons licence or public-domain deed. Only values that
 * resolve to an absolute http(s) URL count.
 */
final class PageSignals {
  /** Bounds on what one page can contribute. */
  static final int MAX_META_TAGS = 256;

  static final int MAX_META_CONTENT = 2048;

  private static final int MAX_JSON_LD_SCAN = 200_000;

  private PageSignals() {}

  record Signals(List<MetaTag> metaTags, String license) {}

  static Signals collect(Element root) {
    Collector c = new Collector();
    c.visitAll(root);
    return c.signals();
  }

  /**
   * Gathers signals element by element, so the content scorer's walk can feed it the elements it
   * visits (and the subtrees it skips) without a second walk over the page.
   */
  static final class Collector implements NodeVisitor {
    /** Visits every element of {@code root}'s subtree. */
    void visitAll(Element root) {
      NodeTraversor.traverse(this, root);
    }

    Signals signals() {
      String license = null;
      for (String candidate : licenses) {
        if (candidate != null) {
          license = candidate;
          break;
        }
      }
      return new Signals(List.copyOf(metas), license);
    }

    final List<MetaTag> metas = new ArrayList<>();

    /** One slot per licence source, in priority order; the first found per source is kept. */
    final String[] licenses = new String[5];

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        element(e);
      }
    }

    /** Looks at one element (not its children). */
    void element(Element e) {
      switch (e.normalName()) {
        case "meta" -> meta(e);
        case "a", "link" -> link(e);
        case "script" -> {
          if (licenses[3] == null && e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            licenses[3] = jsonLdLicense(e);
          }
        }
        default -> {}
      }
      if (licenses[2] == null
          && e.attributesSize() > 0
          && e.hasAttr("itemprop")
          && e.attr("itemprop").equalsIgnoreCase("license")) {
        String v = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        licenses[2] = absolute(e, v.isEmpty() ? e.text() : v);
      }
    }

    private void meta(Element e) {
      String name = e.attr("name");
      if (name.isEmpty()) {
        name = e.attr("http-equiv");
      }
      if (name.isEmpty()) {
        name = e.attr("property");
      }
      if (name.isEmpty()) {
        return;
      }
      name = name.strip().toLowerCase(Locale.ROOT);
      String content = org.crawlsieve.core.Text.truncate(e.attr("content"), MAX_META_CONTENT);
      if (metas.size() < MAX_META_TAGS) {
        metas.add(new MetaTag(name, content));
      }
      if (licenses[1] == null
          && (name.equals("license")
              || name.equals("dc.rights")
              || name.equals("dcterms.license")
              || name.equals("dcterms.rights")
              || name.equals("dc.license"))) {
        licenses[1] = absolute(e, content);
      }
    }

    private void link(Element e) {
      String href = e.attr("href");
      if (href.isEmpty()) {
        return;
      }
      if (licenses[0] == null && hasRelLicense(e.attr("rel"))) {
        licenses[0] = absolute(e, href);
      }
      if (licenses[4] == null && isCreativeCommons(href)) {
        licenses[4] = absolute(e, href);
      }
    }
  }

  private static boolean hasRelLicense(String rel) {
    if (rel.isEmpty()) {
      return false;
    }
    for (String token : rel.toLowerCase(Locale.ROOT).split("\\s+", 8)) {
      if (token.equals("license") || token.equals("licence")) {
        return true;
      }
    }
    return false;
  }

  static boolean isCreativeCommons(String href) {
    String h = href.toLowerCase(Locale.ROOT);
    int at = h.indexOf("creativecommons.org/");
    if (at < 0) {
      return false;
    }
    String rest = h.substring(at + "creativecommons.org/".length());
    return rest.startsWith("licenses/")
        || rest.startsWith("licences/")
        || rest.startsWith("publicdomain/");
  }

  /** {@code value} resolved against the page, when it is an http(s) URL; else null. */
  static String absolute(Element context, String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > 2048 || v.indexOf(' ') >= 0) {
      return null;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return v;
    }
    if (lower.startsWith("//")) {
      return "https:" + v;
    }
    if (lower.indexOf(':') >= 0 && !lower.startsWith("/")) {
      return null; // another scheme (mailto:, javascript:) or free text like "CC: BY"
    }
    String base = context.baseUri();
    if (base.isEmpty()) {
      return null;
    }
    try {
      java.net.URI resolved = new java.net.URI(base).resolve(v);
      String s = resolved.toString();
      String sl = s.toLowerCase(Locale.ROOT);
      return sl.startsWith("http://") || sl.startsWith("https://") ? s : null;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** The first string value of a {@code "license"} key in a JSON-LD block, as a URL. */
  private static String jsonLdLicense(Element script) {
    StringBuilder json = new StringBuilder();
    for (Node child : script.childNodes()) {
      if (child instanceof DataNode d) {
        json.append(d.getWholeData());
      }
      if (json.length() > MAX_JSON_LD_SCAN) {
        break;
      }
    }
    String s = json.toString();
    int at = s.indexOf("\"license\"");
    while (at >= 0) {
      String url = jsonValueUrl(s, at + "\"license\"".length());
      if (url != null) {
        return url;
      }
      at = s.indexOf("\"license\"", at + 1);
    }
    return null;
  }

  /**
   * The URL after a JSON key ending at {@code i}: a string value, the first string of an array, or
   * the {@code "@id"} / {@code "url"} of an object. Only absolute http(s) URLs count.
   */
  private static String jsonValueUrl(String s, int i) {
    int n = s.length();
    i = skipSpace(s, i);
    if (i >= n || s.charAt(i) != ':') {
      return null;
    }
    i = skipSpace(s, i + 1);
    if (i < n && s.charAt(i) == '[') {
      i = skipSpace(s, i + 1);
    }
    if (i < n && s.charAt(i) == '{') {
      int close = s.indexOf('}', i);
      if (close < 0) {
        return null;
      }
      String obj = s.substring(i, Math.min(close, i + 1000));
      for (String key : new String[] {"\"@id\"", "\"url\""}) {
        int k = obj.indexOf(key);
        if (k >= 0) {
          String url = jsonValueUrl(obj, k + key.length());
          if (url != null) {
            return url;
          }
        }
      }
      return null;
    }
    if (i >= n || s.charAt(i) != '"') {
      return null;
    }
    int end = s.indexOf('"', i + 1);
    if (end < 0 || end - i > 2048) {
      return null;
    }
    String value = s.substring(i + 1, end).replace("\\/", "/").strip();
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? value : null;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && s.charAt(i) <= ' ') {
      i++;
    }
    return i;
  }
}
