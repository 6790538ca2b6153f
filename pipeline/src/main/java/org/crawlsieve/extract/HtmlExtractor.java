package org.crawlsieve.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crawlsieve.core.MetaTag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** HTML to title, visible text (one line per block), meta tags and licence link, via Jsoup. */
public final class HtmlExtractor {

  private static final java.util.Set<String> SKIP =
      java.util.Set.of("script", "style", "noscript", "template", "svg", "head", "iframe", "object");

  /** Parses {@code html} bytes; {@code charset} from HTTP may be null (then BOM/meta decide). */
  public HtmlPage extract(byte[] html, String charset, String baseUri) {
    org.jsoup.nodes.Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(html), validCharset(charset), baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return extract(doc);
  }

  public HtmlPage extract(org.jsoup.nodes.Document doc) {
    String title = doc.title();
    List<MetaTag> metas = new ArrayList<>();
    for (Element meta : doc.select("meta[name], meta[http-equiv], meta[property]")) {
      String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("http-equiv");
      if (name.isEmpty()) {
        name = meta.attr("property");
      }
      metas.add(new MetaTag(name.toLowerCase(Locale.ROOT).strip(), meta.attr("content")));
    }
    String license = null;
    Element rel = doc.selectFirst("a[rel~=(?i)license][href], link[rel~=(?i)license][href]");
    if (rel != null) {
      license = rel.absUrl("href").isEmpty() ? rel.attr("href") : rel.absUrl("href");
    }
    StringBuilder text = new StringBuilder();
    if (doc.body() != null) {
      NodeTraversor.traverse(new BlockText(text), doc.body());
    }
    return new HtmlPage(
        title.isBlank() ? null : title.strip(), normalise(text), List.copyOf(metas), license);
  }

  private static String validCharset(String charset) {
    if (charset == null) {
      return null;
    }
    try {
      return Charset.isSupported(charset.strip()) ? charset.strip() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Collapses runs of spaces inside lines and drops empty lines. */
  static String normalise(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (String line : raw.toString().split("\n")) {
      String l = line.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!l.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(l);
      }
    }
    return out.toString();
  }

  /** Appends text nodes; block elements start new lines. */
  private static final class BlockText implements NodeVisitor {
    private final StringBuilder out;

    BlockText(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (!hasSkippedAncestor(t)) {
          out.append(t.getWholeText());
        }
      } else if (node instanceof Element e && (e.isBlock() || e.nameIs("br"))) {
        out.append('\n');
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && e.isBlock()) {
        out.append('\n');
      }
    }

    private static boolean hasSkippedAncestor(Node n) {
      for (Node p = n.parent(); p != null; p = p.parent()) {
        if (p instanceof Element e && SKIP.contains(e.normalName())) {
          return true;
        }
      }
      return false;
    }
  }
}
