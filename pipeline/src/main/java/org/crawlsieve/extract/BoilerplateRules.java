package org.crawlsieve.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Which elements are never main content, from their tag, ARIA role, visibility and the words in
 * their {@code class} and {@code id}. Class and id values are split into words (on punctuation and
 * camelCase), so {@code "post-comments"}, {@code "commentList"} and {@code "comments"} all yield
 * {@code comment}; matching whole words keeps {@code "contentwrapper"} and {@code "shareholder"}
 * apart from real boilerplate.
 */
final class BoilerplateRules {

  /** Why an element is skipped; null from {@link #skip} means it is kept. */
  enum Reason {
    TAG,
    ROLE,
    HIDDEN,
    CLASS
  }

  /** Never text: code, media, form controls, embedded documents. */
  static final Set<String> NON_TEXT_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "iframe",
          "object",
          "embed",
          "canvas",
          "video",
          "audio",
          "map",
          "input",
          "select",
          "textarea",
          "button",
          "option",
          "datalist",
          "dialog",
          "head",
          "title",
          "link",
          "meta",
          "base",
          "label",
          "picture",
          // ruby annotations (the reading of CJK characters), not part of the sentence
          "rt",
          "rp");

  /** Page furniture by its semantic tag. {@code header} only outside an article. */
  static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "menu", "figcaption");

  /** Inline markup whose class and id do not decide (styling classes). */
  private static final Set<String> NO_CLASS_RULES =
      Set.of(
          "body",
          "html",
          "b",
          "strong",
          "em",
          "i",
          "u",
          "sup",
          "sub",
          "small",
          "big",
          "font",
          "abbr",
          "code",
          "pre",
          "blockquote",
          "q",
          "cite",
          "mark",
          "br",
          "img",
          "td",
          "th",
          "tr",
          "tbody",
          "thead");

  private static final Set<String> FURNITURE_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "menu",
          "menubar",
          "dialog",
          "alertdialog",
          "toolbar",
          "tablist",
          "tooltip");

  /** Whole class names (not words) that hide an element in common CSS frameworks. */
  private static final Set<String> HIDING_CLASSES =
      Set.of(
          "hidden",
          "hide",
          "d-none",
          "sr-only",
          "visually-hidden",
          "visuallyhidden",
          "screen-reader-text",
          "screen-reader-only",
          "invisible",
          "element-invisible",
          "offscreen",
          "is-hidden",
          "u-hidden");

  /** Words that mark boilerplate whatever else the class says. */
  private static final Set<String> STRONG_WORDS =
      Set.of(
          "comment",
          "comments",
          "commentlist",
          "respond",
          "reply",
          "replies",
          "disqus",
          "share",
          "sharing",
          "shares",
          "sharebar",
          "sharedaddy",
          "shariff",
          "addthis",
          "social",
          "socials",
          "related",
          "relatedposts",
          "recommended",
          "recommendations",
          "cookie",
          "cookies",
          "consent",
          "gdpr",
          "cmpbox",
          "banner",
          "ad",
          "ads",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "adsense",
          "sponsor",
          "sponsored",
          "promo",
          "newsletter",
          "subscribe",
          "subscription",
          "signup",
          "login",
          "popup",
          "modal",
          "overlay",
          "sidebar",
          "nav",
          "navbar",
          "navigation",
          "menu",
          "menubar",
          "submenu",
          "breadcrumb",
          "breadcrumbs",
          "pagination",
          "pager",
          "skiplink",
          "footer",
          "copyright",
          "byline",
          "author",
          "authors",
          "dateline",
          "timestamp",
          "meta",
          "postmeta",
          "entrymeta",
          "tags",
          "tagcloud",
          "tagged",
          "print",
          "rss",
          "masthead",
          "toolbar",
          "outbrain",
          "taboola",
          "plista",
          "rating",
          "ratings",
          "sitemap",
          "teaserlist",
          "jump",
          "backlink",
          "upsell",
          "disclosure",
          "metadata",
          // image captions and photo credits: a caption describes a picture, not the text
          "caption",
          "captions",
          "figcaption",
          "credit",
          "credits",
          "legend",
          // calls to action, notices and disclaimers around the text
          "cta",
          "factbox",
          "notice",
          "disclaimer",
          "placeholder",
          "affiliate");

  /** Words that mark boilerplate unless the class also has a content word. */
  private static final Set<String> WEAK_WORDS =
      Set.of(
          "header",
          "head",
          "side",
          "aside",
          "foot",
          "date",
          "info",
          "tools",
          "utility",
          "links",
          "extra",
          "secondary",
          "sticky",
          "fixed",
          "categories",
          "category",
          "more");

  /** Words that say "this is the content". */
  private static final Set<String> CONTENT_WORDS =
      Set.of("content", "main", "body", "text", "blog", "page", "column", "prose", "richtext");

  /**
   * Content words specific enough to keep a boilerplate-classed ancestor (a "has-sidebar" page
   * wrapper) when found below it.
   */
  private static final Set<String> MAIN_WORDS =
      Set.of("article", "articlebody", "entry", "post", "story", "hentry");

  private BoilerplateRules() {}

  /** Why {@code e} is not content, or null. {@code inArticle}: inside article/main. */
  static Reason skip(Element e, boolean inArticle) {
    String tag = e.normalName();
    if (NON_TEXT_TAGS.contains(tag)) {
      return Reason.TAG;
    }
    if (FURNITURE_TAGS.contains(tag) || (!inArticle && tag.equals("header"))) {
      return Reason.TAG;
    }
    if (e.attributesSize() == 0) {
      return null;
    }
    if (e.hasAttr("hidden")
        || isHiddenStyle(e.attr("style"))
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
      return Reason.HIDDEN;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.strip().toLowerCase(Locale.ROOT))) {
      return Reason.ROLE;
    }
    String cls = e.className();
    if (!cls.isEmpty() && hasHidingClass(cls)) {
      return Reason.HIDDEN;
    }
    if (NO_CLASS_RULES.contains(tag)) {
      return null;
    }
    // headings' ids are anchors made from their text ("nav_intro"), not layout names
    int words = classWords(cls, BlockTags.HEADINGS.contains(tag) ? "" : e.id());
    if ((words & STRONG) != 0 || ((words & WEAK) != 0 && (words & CONTENT) == 0)) {
      return Reason.CLASS;
    }
    return null;
  }

  static final int STRONG = 1;
  static final int WEAK = 2;
  static final int CONTENT = 4;
  static final int MAIN = 8 | CONTENT;

  /** Bit set of {@link #STRONG}, {@link #WEAK}, {@link #CONTENT} words in class and id. */
  static int classWords(String cls, String id) {
    return words(cls) | words(id);
  }

  /** +1 when class/id carry content words only, -1 for boilerplate words, else 0. */
  static int classWeight(Element e) {
    int w = classWords(e.className(), e.id());
    if ((w & (STRONG | WEAK)) != 0) {
      return -1;
    }
    return (w & CONTENT) != 0 ? 1 : 0;
  }

  private static int words(String s) {
    int bits = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
        // camelCase boundary: "commentList" -> "comment", "List"
        if (i > start
            && Character.isUpperCase(s.charAt(i))
            && Character.isLowerCase(s.charAt(i - 1))) {
          break;
        }
        i++;
      }
      if (i > start && i - start <= 20) {
        String word = s.substring(start, i).toLowerCase(Locale.ROOT);
        if (STRONG_WORDS.contains(word) || hasStrongStem(word)) {
          bits |= STRONG;
        } else if (WEAK_WORDS.contains(word)) {
          bits |= WEAK;
        } else if (MAIN_WORDS.contains(word)) {
          bits |= MAIN;
        } else if (CONTENT_WORDS.contains(word)) {
          bits |= CONTENT;
        }
      }
    }
    return bits;
  }

  /**
   * Stems that mark boilerplate at the start of a longer word ("cookieconsent", "commentform",
   * "relatedarticles"); only stems that no content word starts with.
   */
  private static final String[] STRONG_STEMS = {
    "cookie",
    "consent",
    "commentlist",
    "commentform",
    "newsletter",
    "related",
    "sidebar",
    "breadcrumb",
    "footer",
    "sponsor",
    "subscri",
    "postmeta",
    "social",
    "sharing",
    "caption"
  };

  private static boolean hasStrongStem(String word) {
    if (word.length() < 7) {
      return false;
    }
    for (String stem : STRONG_STEMS) {
      if (word.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHidingClass(String cls) {
    int n = cls.length();
    int i = 0;
    while (i < n) {
      while (i < n && cls.charAt(i) <= ' ') {
        i++;
      }
      int start = i;
      while (i < n && cls.charAt(i) > ' ') {
        i++;
      }
      if (i > start && HIDING_CLASSES.contains(cls.substring(start, i).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code display:none} or {@code visibility:hidden} in an inline style, spaces ignored. */
  static boolean isHiddenStyle(String style) {
    if (style.isEmpty()) {
      return false;
    }
    StringBuilder compact = new StringBuilder(style.length());
    for (int i = 0; i < style.length() && compact.length() < 400; i++) {
      char c = style.charAt(i);
      if (c > ' ') {
        compact.append(Character.toLowerCase(c));
      }
    }
    String s = compact.toString();
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
