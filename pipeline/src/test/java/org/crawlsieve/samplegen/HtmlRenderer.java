package org.crawlsieve.samplegen;

import java.time.LocalDate;
import java.util.List;

/**
 * Wraps a page's main content in one of four site templates with the boilerplate real pages carry:
 * cookie banner, header and navigation, breadcrumbs, sidebar, comments, share widgets, newsletter
 * box, footer, inline scripts and JSON-LD. Only ASCII markup is emitted around the language's own
 * text (symbols as entities), so pages encode in legacy charsets.
 */
final class HtmlRenderer {
  private HtmlRenderer() {}

  static String render(
      Site site, TextBank t, PageContent c, String path, List<Link> related, PageOptions o) {
    StringBuilder h = new StringBuilder(8192);
    String dir = c.lang().equals("ar") ? " dir=\"rtl\"" : "";
    h.append("<!DOCTYPE html>\n<html lang=\"")
        .append(c.lang())
        .append('"')
        .append(dir)
        .append(">\n");
    head(h, site, c, path, o);
    switch (site.style()) {
      case 0 -> news(h, site, t, c, path, related, o);
      case 1 -> blog(h, site, t, c, path, related, o);
      case 2 -> magazine(h, site, t, c, path, related, o);
      default -> wiki(h, site, t, c, path, related, o);
    }
    h.append("</html>\n");
    return h.toString();
  }

  private static void head(StringBuilder h, Site site, PageContent c, String path, PageOptions o) {
    h.append("<head>\n");
    boolean metaCharset =
        site.charsetDeclared().equals("meta") || site.charsetDeclared().equals("both");
    if (metaCharset) {
      if (site.style() >= 2 || !site.charset().equals("UTF-8")) {
        h.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=")
            .append(site.charset())
            .append("\">\n");
      } else {
        h.append("<meta charset=\"").append(site.charset()).append("\">\n");
      }
    }
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>")
        .append(esc(c.title()))
        .append(" | ")
        .append(esc(site.brand()))
        .append("</title>\n");
    h.append("<meta name=\"description\" content=\"").append(esc(firstSentence(c))).append("\">\n");
    h.append("<link rel=\"canonical\" href=\"").append(esc(site.url(path))).append("\">\n");
    h.append("<link rel=\"stylesheet\" href=\"/assets/css/main.")
        .append(Integer.toHexString(site.host().hashCode() & 0xfffff))
        .append(".css\">\n");
    h.append("<link rel=\"icon\" href=\"/favicon.ico\">\n");
    h.append("<meta property=\"og:title\" content=\"").append(esc(c.title())).append("\">\n");
    h.append("<meta property=\"og:type\" content=\"article\">\n");
    for (String line : o.headExtra()) {
      h.append(line).append('\n');
    }
    h.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",")
        .append("\"@type\":\"Article\",\"headline\":\"")
        .append(jsonEsc(c.title()))
        .append("\",\"datePublished\":\"")
        .append(c.published())
        .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"")
        .append(jsonEsc(c.author()))
        .append("\"}}</script>\n");
    h.append("<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-")
        .append(Integer.toString(Math.abs(site.host().hashCode()) % 100000000, 36).toUpperCase())
        .append("\"></script>\n");
    h.append("<script>window.dataLayer = window.dataLayer || [];")
        .append(" function gtag(){dataLayer.push(arguments);} gtag('js', new Date());")
        .append(" gtag('config', 'G-SAMPLE');</script>\n");
    h.append("<style>.cookie-banner{position:fixed;bottom:0;left:0;right:0}")
        .append(".visually-hidden{position:absolute;clip:rect(0 0 0 0)}</style>\n");
    h.append("</head>\n");
  }

  private static void cookieBanner(StringBuilder h, TextBank t, String cls) {
    h.append("<div class=\"")
        .append(cls)
        .append("\" role=\"dialog\" aria-live=\"polite\">\n")
        .append("  <p>")
        .append(esc(t.label("cookie_text")))
        .append(" <a href=\"/privacy/\">")
        .append(esc(t.label("privacy")))
        .append("</a></p>\n")
        .append("  <button type=\"button\" class=\"btn-accept\">")
        .append(esc(t.label("cookie_accept")))
        .append("</button> <button type=\"button\" class=\"btn-settings\">")
        .append(esc(t.label("cookie_settings")))
        .append("</button>\n</div>\n");
  }

  private static void navList(StringBuilder h, TextBank t, String ulClass) {
    h.append("<ul class=\"").append(ulClass).append("\">\n");
    String[][] items = {
      {"/", "home"},
      {"/news/", "news"},
      {"/topics/", "topics"},
      {"/guides/", "guides"},
      {"/about/", "about"},
      {"/contact/", "contact"}
    };
    for (String[] it : items) {
      h.append("  <li><a href=\"")
          .append(it[0])
          .append("\">")
          .append(esc(t.label(it[1])))
          .append("</a></li>\n");
    }
    h.append("</ul>\n");
  }

  private static void breadcrumbs(StringBuilder h, TextBank t, PageContent c) {
    h.append("<nav aria-label=\"breadcrumb\"><ol class=\"breadcrumb\">")
        .append("<li><a href=\"/\">")
        .append(esc(t.label("home")))
        .append("</a></li>")
        .append("<li><a href=\"/guides/\">")
        .append(esc(t.label("guides")))
        .append("</a></li>")
        .append("<li aria-current=\"page\">")
        .append(esc(c.title()))
        .append("</li></ol></nav>\n");
  }

  private static void articleBody(StringBuilder h, TextBank t, PageContent c, PageOptions o) {
    if (o.mainOverride() != null) {
      h.append(o.mainOverride()).append('\n');
      return;
    }
    boolean listDone = false;
    for (PageContent.Section s : c.sections()) {
      if (s.heading() != null) {
        h.append("<h2>").append(esc(s.heading())).append("</h2>\n");
      }
      for (String p : s.paragraphs()) {
        h.append("<p>").append(esc(p)).append("</p>\n");
      }
      if (!listDone) {
        h.append("<ul>\n");
        for (String item : c.listItems()) {
          h.append("  <li>").append(esc(item)).append("</li>\n");
        }
        h.append("</ul>\n");
        listDone = true;
      }
    }
    for (String p : c.extraParagraphs()) {
      h.append("<p>").append(esc(p)).append("</p>\n");
    }
    if (o.preformatted() != null) {
      h.append("<pre><code>").append(esc(o.preformatted())).append("</code></pre>\n");
    }
    h.append("<table class=\"data-table\">\n<thead><tr>");
    for (String cell : c.table().get(0)) {
      h.append("<th>").append(esc(cell)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : c.table().subList(1, c.table().size())) {
      h.append("<tr>");
      for (String cell : row) {
        h.append("<td>").append(esc(cell)).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static void byline(StringBuilder h, TextBank t, PageContent c, String cls) {
    h.append("<p class=\"")
        .append(cls)
        .append("\">")
        .append(esc(t.label("by")))
        .append(' ')
        .append("<a rel=\"author\" href=\"/authors/")
        .append(slug(c.author()))
        .append("/\">")
        .append(esc(c.author()))
        .append("</a> &middot; <time datetime=\"")
        .append(c.published())
        .append("\">")
        .append(c.published())
        .append("</time></p>\n");
  }

  private static void related(StringBuilder h, TextBank t, List<Link> related, String key) {
    h.append("<h3>").append(esc(t.label(key))).append("</h3>\n<ul>\n");
    for (Link l : related) {
      h.append("  <li><a href=\"")
          .append(esc(l.url()))
          .append("\">")
          .append(esc(l.title()))
          .append("</a></li>\n");
    }
    h.append("</ul>\n");
  }

  private static void comments(StringBuilder h, TextBank t, PageContent c, PageOptions o) {
    if (!o.withComments() || c.comments().isEmpty()) {
      return;
    }
    h.append("<section id=\"comments\" class=\"comments\">\n<h2>")
        .append(esc(t.label("comments")))
        .append(" (")
        .append(c.comments().size())
        .append(")</h2>\n<ol class=\"comment-list\">\n");
    LocalDate d = c.published();
    for (List<String> cm : c.comments()) {
      d = d.plusDays(1);
      h.append("  <li class=\"comment\"><div class=\"comment-meta\"><b class=\"fn\">")
          .append(esc(cm.get(0)))
          .append("</b> <time datetime=\"")
          .append(d)
          .append("\">")
          .append(d)
          .append("</time></div>\n    <div class=\"comment-body\"><p>")
          .append(esc(cm.get(1)))
          .append("</p></div>")
          .append("<a class=\"comment-reply-link\" href=\"#respond\" aria-label=\"")
          .append(esc(t.label("reply")))
          .append("\"></a></li>\n");
    }
    h.append("</ol>\n</section>\n");
  }

  private static void share(StringBuilder h, TextBank t, Site site, String path) {
    String u = urlEnc(site.url(path));
    h.append("<div class=\"share-buttons\"><span class=\"share-label\">")
        .append(esc(t.label("share")))
        .append("</span>\n")
        .append("  <a class=\"share-fb\" href=\"https://www.facebook.com/sharer/sharer.php?u=")
        .append(u)
        .append("\">Facebook</a>\n")
        .append("  <a class=\"share-x\" href=\"https://x.com/intent/post?url=")
        .append(u)
        .append("\">X</a>\n")
        .append(
            "  <a class=\"share-li\" href=\"https://www.linkedin.com/sharing/share-offsite/?url=")
        .append(u)
        .append("\">LinkedIn</a>\n</div>\n");
  }

  private static void newsletter(StringBuilder h, TextBank t) {
    h.append("<div class=\"newsletter\"><h3>")
        .append(esc(t.label("newsletter")))
        .append("</h3>")
        .append("<p>")
        .append(esc(t.label("newsletter_text")))
        .append("</p>")
        .append("<form action=\"/newsletter/subscribe\" method=\"post\">")
        .append("<input type=\"email\" name=\"email\" required> <button type=\"submit\">")
        .append(esc(t.label("subscribe")))
        .append("</button></form></div>\n");
  }

  private static void footerLinks(StringBuilder h, TextBank t) {
    h.append("<ul class=\"footer-links\">\n");
    String[][] items = {
      {"/privacy/", "privacy"},
      {"/terms/", "terms"},
      {"/legal/", "imprint"},
      {"/careers/", "careers"},
      {"/contact/", "contact"}
    };
    for (String[] it : items) {
      h.append("  <li><a href=\"")
          .append(it[0])
          .append("\">")
          .append(esc(t.label(it[1])))
          .append("</a></li>\n");
    }
    h.append("</ul>\n");
  }

  private static void copyright(StringBuilder h, TextBank t, Site site) {
    h.append("<p class=\"copyright\">&copy; 2026 ")
        .append(esc(site.brand()))
        .append(". ")
        .append(esc(t.label("rights")))
        .append("</p>\n");
  }

  private static void news(
      StringBuilder h,
      Site site,
      TextBank t,
      PageContent c,
      String path,
      List<Link> rel,
      PageOptions o) {
    h.append("<body class=\"article-page\">\n");
    cookieBanner(h, t, "cookie-banner");
    h.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
        .append(esc(site.brand()))
        .append("</a>\n")
        .append("<form class=\"search\" action=\"/search\"><input name=\"q\" aria-label=\"")
        .append(esc(t.label("search")))
        .append("\"></form>\n")
        .append("<a class=\"login\" href=\"/account/login\">")
        .append(esc(t.label("login")))
        .append("</a>\n<nav class=\"main-nav\">\n");
    navList(h, t, "nav-list");
    h.append("</nav>\n</header>\n");
    breadcrumbs(h, t, c);
    h.append("<div class=\"layout\">\n<main id=\"content\">\n<article class=\"story\">\n<h1>")
        .append(esc(c.title()))
        .append("</h1>\n");
    byline(h, t, c, "byline");
    h.append("<div class=\"story-body\">\n");
    articleBody(h, t, c, o);
    h.append("</div>\n");
    share(h, t, site, path);
    h.append("</article>\n");
    comments(h, t, c, o);
    h.append("</main>\n<aside class=\"sidebar\">\n");
    related(h, t, rel.subList(0, Math.min(3, rel.size())), "related");
    related(h, t, rel.subList(Math.min(3, rel.size()), rel.size()), "popular");
    newsletter(h, t);
    h.append("<div class=\"ad-slot\" data-slot=\"sidebar-1\"></div>\n</aside>\n</div>\n");
    h.append("<footer class=\"site-footer\">\n");
    footerLinks(h, t);
    copyright(h, t, site);
    h.append("</footer>\n<script src=\"/assets/js/app.js\" defer></script>\n</body>\n");
  }

  private static void blog(
      StringBuilder h,
      Site site,
      TextBank t,
      PageContent c,
      String path,
      List<Link> rel,
      PageOptions o) {
    h.append("<body class=\"post-template-default single single-post\">\n")
        .append("<div id=\"page\" class=\"site\">\n<a class=\"skip-link screen-reader-text\" ")
        .append("href=\"#primary\">")
        .append(esc(t.label("menu")))
        .append("</a>\n")
        .append("<header id=\"masthead\" class=\"site-header\">\n<p class=\"site-title\">")
        .append("<a href=\"/\" rel=\"home\">")
        .append(esc(site.brand()))
        .append("</a></p>\n")
        .append("<nav id=\"site-navigation\" class=\"main-navigation\">\n");
    navList(h, t, "menu");
    h.append("</nav>\n</header>\n<div id=\"content\" class=\"site-content\">\n")
        .append(
            "<div id=\"primary\" class=\"content-area\"><main id=\"main\" class=\"site-main\">\n")
        .append("<article class=\"post type-post status-publish hentry\">\n")
        .append("<header class=\"entry-header\"><h1 class=\"entry-title\">")
        .append(esc(c.title()))
        .append("</h1>\n");
    byline(h, t, c, "entry-meta");
    h.append("</header>\n<div class=\"entry-content\">\n");
    articleBody(h, t, c, o);
    h.append("</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">")
        .append(esc(t.label("tags")))
        .append(": <a href=\"/tag/")
        .append(c.lang())
        .append("/\" rel=\"tag\">")
        .append(c.lang())
        .append("</a></span></footer>\n");
    share(h, t, site, path);
    h.append("</article>\n");
    comments(h, t, c, o);
    h.append("</main></div>\n<aside id=\"secondary\" class=\"widget-area\">\n")
        .append("<section class=\"widget widget_search\"><form role=\"search\" action=\"/\">")
        .append("<input type=\"search\" name=\"s\"></form></section>\n")
        .append("<section class=\"widget widget_recent_entries\">\n");
    related(h, t, rel, "related");
    h.append("</section>\n</aside>\n</div>\n<footer id=\"colophon\" class=\"site-footer\">\n")
        .append("<div class=\"site-info\">\n");
    copyright(h, t, site);
    footerLinks(h, t);
    h.append("</div>\n</footer>\n</div>\n");
    cookieBanner(h, t, "cookie-notice-container");
    h.append("<script src=\"/wp-includes/js/wp-embed.min.js\"></script>\n</body>\n");
  }

  private static void magazine(
      StringBuilder h,
      Site site,
      TextBank t,
      PageContent c,
      String path,
      List<Link> rel,
      PageOptions o) {
    h.append(
            "<body>\n"
                + "<noscript><iframe"
                + " src=\"https://www.googletagmanager.com/ns.html?id=GTM-SAMPLE\"")
        .append(" height=\"0\" width=\"0\"></iframe></noscript>\n")
        .append("<div class=\"topbar\"><div class=\"container\"><a href=\"/account/login\">")
        .append(esc(t.label("login")))
        .append("</a> | <a href=\"/newsletter/\">")
        .append(esc(t.label("newsletter")))
        .append("</a></div></div>\n")
        .append("<div class=\"navbar navbar-expand-lg\"><div class=\"container\">\n")
        .append("<a class=\"navbar-brand\" href=\"/\">")
        .append(esc(site.brand()))
        .append("</a>\n")
        .append("<button class=\"navbar-toggler\" aria-label=\"")
        .append(esc(t.label("menu")))
        .append("\"></button>\n<div class=\"collapse navbar-collapse\">\n");
    navList(h, t, "navbar-nav");
    h.append("</div></div></div>\n<div class=\"container\">\n");
    breadcrumbs(h, t, c);
    h.append("<div class=\"row\">\n<div class=\"col-md-8\">\n<div class=\"post-header\"><h1>")
        .append(esc(c.title()))
        .append("</h1>\n");
    byline(h, t, c, "post-meta");
    h.append("</div>\n");
    share(h, t, site, path);
    h.append("<div class=\"post-content\">\n");
    articleBody(h, t, c, o);
    h.append("</div>\n");
    comments(h, t, c, o);
    h.append("</div>\n<div class=\"col-md-4\">\n<div class=\"widget\">\n");
    related(h, t, rel, "popular");
    h.append("</div>\n");
    newsletter(h, t);
    h.append("</div>\n</div>\n</div>\n<div class=\"footer\"><div class=\"container\">\n");
    footerLinks(h, t);
    copyright(h, t, site);
    h.append("</div></div>\n");
    cookieBanner(h, t, "cookie-banner cookie-banner--bottom");
    h.append("<script>(function(){var s=document.createElement('script');s.src='/js/consent.js';")
        .append("document.body.appendChild(s);})();</script>\n</body>\n");
  }

  private static void wiki(
      StringBuilder h,
      Site site,
      TextBank t,
      PageContent c,
      String path,
      List<Link> rel,
      PageOptions o) {
    h.append("<body class=\"docs\">\n");
    cookieBanner(h, t, "consent-bar");
    h.append("<div class=\"docs-header\"><a class=\"brand\" href=\"/\">")
        .append(esc(site.brand()))
        .append("</a> <form action=\"/search\"><input name=\"q\" placeholder=\"")
        .append(esc(t.label("search")))
        .append("\"></form></div>\n")
        .append("<div class=\"docs-layout\">\n<nav class=\"docs-sidebar\" aria-label=\"")
        .append(esc(t.label("menu")))
        .append("\">\n");
    navList(h, t, "tree");
    h.append("<div class=\"toc\"><h3>").append(esc(t.label("topics"))).append("</h3><ol>\n");
    for (PageContent.Section s : c.sections()) {
      if (s.heading() != null) {
        h.append("  <li><a href=\"#")
            .append(slug(s.heading()))
            .append("\">")
            .append(esc(s.heading()))
            .append("</a></li>\n");
      }
    }
    h.append("</ol></div>\n</nav>\n<div class=\"docs-content\">\n");
    breadcrumbs(h, t, c);
    h.append("<div class=\"mw-parser-output\">\n<h1 id=\"firstHeading\">")
        .append(esc(c.title()))
        .append("</h1>\n");
    byline(h, t, c, "page-info");
    articleBody(h, t, c, o);
    h.append("</div>\n<div class=\"see-also\">\n");
    related(h, t, rel, "related");
    h.append("</div>\n");
    comments(h, t, c, o);
    h.append("<p class=\"last-updated\">")
        .append(esc(t.label("updated")))
        .append(": ")
        .append(c.published().plusDays(3))
        .append("</p>\n</div>\n</div>\n")
        .append("<footer class=\"docs-footer\">\n");
    copyright(h, t, site);
    footerLinks(h, t);
    h.append("</footer>\n<script src=\"/static/docs.bundle.js\"></script>\n</body>\n");
  }

  static String firstSentence(PageContent c) {
    List<String> ps = c.paragraphs();
    if (ps.isEmpty()) {
      return c.title();
    }
    String p = ps.get(0);
    int cut = p.length();
    for (int i = 0; i < p.length(); i++) {
      char ch = p.charAt(i);
      if (ch == '.' || ch == '\u3002' || ch == '!' || ch == '?') {
        cut = i + 1;
        break;
      }
    }
    return p.substring(0, cut);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static String jsonEsc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  static String slug(String title) {
    String s =
        java.text.Normalizer.normalize(title.replace("ß", "ss"), java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK) {
        continue; // accents: é becomes e
      }
      char ch = Character.toLowerCase(s.charAt(i));
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        b.append(ch);
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String out = b.toString().replaceAll("-+$", "");
    return out.isEmpty() ? "p" + Integer.toHexString(title.hashCode() & 0xffffff) : out;
  }

  private static String urlEnc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
