package org.crawlsieve.samplegen;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Decides every capture of the sample crawl and its ground truth: ordinary article pages for each
 * site, then the special cases (duplicates, repeated URLs, revisits, encodings) here and in {@link
 * SpecialPages}. Everything derives from {@link #SEED}.
 */
final class CapturePlan {
  static final long SEED = 20260208L;
  static final String CRAWL = "CC-MAIN-2026-08";
  static final Instant CRAWL_START = Instant.parse("2026-02-04T00:00:00Z");
  static final long CRAWL_SECONDS = 15L * 86400;
  static final int FILES = 3;

  final List<Capture> captures = new ArrayList<>();
  final List<Revisit> revisits = new ArrayList<>();
  final Map<String, List<Capture>> pagesBySite = new HashMap<>();
  private final Map<String, TextBank> banks = new HashMap<>();
  private final Set<String> urls = new HashSet<>();
  final Random rnd = new Random(SEED);

  static CapturePlan build() {
    CapturePlan plan = new CapturePlan();
    for (Site site : Sites.ARTICLE_SITES) {
      plan.articleSite(site);
    }
    plan.duplicates();
    plan.sameUrlTwice();
    plan.revisits();
    plan.encodings();
    new SpecialPages(plan).addAll();
    plan.finish();
    return plan;
  }

  TextBank bank(String lang) {
    return banks.computeIfAbsent(lang, TextBank::load);
  }

  Instant randomDate(Random r) {
    return CRAWL_START.plusSeconds((long) (r.nextDouble() * CRAWL_SECONDS));
  }

  Instant dateBetween(Random r, int fromDay, int toDay) {
    long from = fromDay * 86400L;
    long span = (toDay - fromDay) * 86400L;
    return CRAWL_START.plusSeconds(from + (long) (r.nextDouble() * span));
  }

  static LocalDate publishedBefore(Instant date, Random r) {
    return date.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1 + r.nextInt(60));
  }

  int pagesPerSite(String lang) {
    return switch (lang) {
      case "en" -> 7;
      case "it", "pt", "nl", "pl" -> 4;
      default -> 5;
    };
  }

  int sentencesFor(String lang, Random r) {
    return lang.equals("en") ? 14 + r.nextInt(6) : 8 + r.nextInt(4);
  }

  /** A new path for an article on {@code site}, in the site template's URL style. */
  String articlePath(Site site, String title, Instant date, Random r) {
    String slug = HtmlRenderer.slug(title);
    if (slug.startsWith("p") && slug.length() <= 7 && !title.toLowerCase().startsWith("p")) {
      slug = Integer.toString(10000 + r.nextInt(89999));
    }
    LocalDate d = date.atZone(ZoneOffset.UTC).toLocalDate();
    String path =
        switch (site.style()) {
          case 0 -> String.format("/%d/%02d/%s", d.getYear(), d.getMonthValue(), slug);
          case 1 -> "/" + slug + "/";
          case 2 -> "/article/" + (100000 + r.nextInt(899999)) + "-" + slug + ".html";
          default -> "/wiki/" + slug;
        };
    while (urls.contains(site.url(path))) {
      path = path + "-" + (2 + r.nextInt(8));
    }
    return path;
  }

  private void articleSite(Site site) {
    Random r = new Random(SEED ^ site.host().hashCode());
    TextBank bank = bank(site.lang());
    List<String> titles = ContentMaker.pick(bank.titles(), pagesPerSite(site.lang()), r);
    List<Capture> pages = new ArrayList<>();
    List<PageContent> pageContents = new ArrayList<>();
    for (String title : titles) {
      Instant date = randomDate(r);
      PageContent c =
          ContentMaker.article(bank, r, sentencesFor(site.lang(), r), publishedBefore(date, r))
              .withTitle(title);
      Capture cap = new Capture(site, articlePath(site, title, date, r), date);
      cap.file = r.nextInt(FILES);
      cap.title = title;
      pages.add(cap);
      pageContents.add(c);
      this.contents.put(cap, c);
      add(cap);
    }
    pagesBySite.put(site.host(), pages);
    for (int i = 0; i < pages.size(); i++) {
      setHtml(pages.get(i), pageContents.get(i), PageOptions.DEFAULT);
    }
  }

  /** Links to other pages of the same site, for the sidebar. */
  List<Link> relatedFor(Capture page) {
    List<Link> out = new ArrayList<>();
    for (Capture other : pagesBySite.getOrDefault(page.host(), List.of())) {
      if (other != page && other.title != null && out.size() < 5) {
        out.add(new Link(other.title, other.path));
      }
    }
    TextBank t = bank(page.site.lang());
    if (out.size() < 3) {
      out.add(new Link(t.label("guides"), "/guides/"));
      out.add(new Link(t.label("news"), "/news/"));
      out.add(new Link(t.label("topics"), "/topics/"));
    }
    return out;
  }

  void add(Capture c) {
    captures.add(c);
    urls.add(c.url);
  }

  /** Renders {@code content} into the capture's site template and sets body and HTML traits. */
  void setHtml(Capture cap, PageContent content, PageOptions options) {
    TextBank t = bank(cap.site.lang());
    String html = HtmlRenderer.render(cap.site, t, content, cap.path, relatedFor(cap), options);
    setHtmlBytes(cap, encode(html, cap.site.charset()));
    cap.language = content.lang();
    cap.title = content.title();
  }

  void setHtmlBytes(Capture cap, byte[] body) {
    Site s = cap.site;
    boolean header = s.charsetDeclared().equals("header") || s.charsetDeclared().equals("both");
    cap.contentType = header ? "text/html; charset=" + s.charset() : "text/html";
    cap.entity = body;
    cap.traits.put("charset", s.charset());
    cap.traits.put("charset_declared", s.charsetDeclared());
  }

  static byte[] encode(String text, String charset) {
    CharsetEncoder enc =
        Charset.forName(charset)
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = enc.encode(CharBuffer.wrap(text));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("text not encodable in " + charset, e);
    }
  }

  Capture page(String host, int index) {
    return pagesBySite.get(host).get(index);
  }

  /**
   * Exact duplicates: a scraper and a mobile mirror copy pages byte for byte (their canonical link
   * still points at the original), so their text equals the original's.
   */
  private void duplicates() {
    Random r = new Random(SEED + 1);
    String[][] copies = {
      {"www.harbourtimes.co.uk", "0", Sites.MIRROR_HOST},
      {"www.citydesk-news.com", "1", Sites.MIRROR_HOST},
      {"tidewatch.com.au", "2", Sites.MIRROR_HOST},
      {"stadtanzeiger-online.de", "0", Sites.MIRROR_HOST},
      {"www.harbourtimes.co.uk", "3", Sites.MOBILE_MIRROR_HOST},
    };
    for (String[] c : copies) {
      Capture orig = page(c[0], Integer.parseInt(c[1]));
      String path =
          c[2].equals(Sites.MIRROR_HOST)
              ? "/" + orig.host().replace("www.", "").replace('.', '-') + orig.path
              : orig.path;
      Capture dup = copyOf(orig, orig.site.onHost(c[2]), path, later(orig.date, r));
      dup.file = r.nextInt(FILES);
      dup.traits.put("exact_dup_of", orig);
      add(dup);
    }
    // near duplicates: lightly edited copies on the same site (AMP or print variants) and
    // syndicated copies on another host that reuses the original template
    Object[][] near = {
      {"www.trailnotes.org", 0, null, ", as several readers pointed out", " the ", " this "},
      {"www.moneyplain.com", 1, null, ", at least for now", " and ", " and also "},
      {"kitchenbench.com", 2, Sites.ARCHIVE.host(), ", our tests showed", " the ", " that "},
      {"maplestreet-journal.ca", 0, Sites.ARCHIVE.host(), " in most cases", " a ", " one "},
      {"www.journal-du-val.fr", 1, null, ", selon la rédaction", " les ", " ces "},
      {"www.gartenfreunde-nord.de", 2, null, ", wie viele Leser bestätigen", " die ", " diese "},
    };
    for (Object[] n : near) {
      Capture orig = page((String) n[0], (Integer) n[1]);
      Site site = n[2] == null ? orig.site : orig.site.onHost((String) n[2]);
      String path =
          n[2] == null
              ? (orig.site.style() == 1 ? orig.path + "amp/" : orig.path + "?output=amp")
              : "/syndicated/" + orig.host().replace("www.", "") + orig.path;
      Capture dup = new Capture(site, path, later(orig.date, r));
      dup.file = r.nextInt(FILES);
      PageContent content =
          contentOf(orig).withSmallEdits((String) n[3], (String) n[4], (String) n[5]);
      dup.title = content.title();
      List<Capture> sitePages = pagesBySite.computeIfAbsent(site.host(), k -> new ArrayList<>());
      setHtml(dup, content, PageOptions.DEFAULT);
      sitePages.add(dup);
      dup.traits.put("near_dup_of", orig);
      add(dup);
    }
  }

  private final Map<Capture, PageContent> contents = new HashMap<>();

  /** The main content an ordinary article page was rendered from. */
  PageContent contentOf(Capture page) {
    PageContent c = contents.get(page);
    if (c == null) {
      throw new IllegalStateException("no content for " + page.url);
    }
    return c;
  }

  Capture copyOf(Capture orig, Site site, String path, Instant date) {
    Capture c = new Capture(site, path, date);
    c.contentType = orig.contentType;
    c.entity = orig.entity;
    c.language = orig.language;
    c.title = orig.title;
    c.traits.put("charset", orig.traits.get("charset"));
    c.traits.put("charset_declared", orig.traits.get("charset_declared"));
    return c;
  }

  private Instant later(Instant date, Random r) {
    Instant end = CRAWL_START.plusSeconds(CRAWL_SECONDS - 3600);
    Instant d = date.plusSeconds(3600 + (long) (r.nextDouble() * 3 * 86400));
    return d.isAfter(end) ? end.minusSeconds(r.nextInt(3600)) : d;
  }

  /**
   * The same URL fetched twice: an early capture in the first file and an updated one (a paragraph
   * added) near the end of the crawl in the last file. URL dedup keeps the newest.
   */
  private void sameUrlTwice() {
    Random r = new Random(SEED + 2);
    Object[][] pairs = {
      {"www.citydesk-news.com", 3},
      {"greenbalcony.net", 4},
      {"stadtanzeiger-online.de", 2},
      {"www.diariodelvalle.es", 3},
    };
    for (Object[] p : pairs) {
      Capture old = page((String) p[0], (Integer) p[1]);
      old.date = dateBetween(r, 0, 3);
      old.file = 0;
      PageContent content = contentOf(old);
      TextBank bank = bank(old.site.lang());
      String added = bank.sentences().get(r.nextInt(bank.sentences().size()));
      Capture fresh = new Capture(old.site, old.path, dateBetween(r, 12, 15));
      fresh.file = FILES - 1;
      setHtml(fresh, content.withExtraParagraphs(List.of(added)), PageOptions.DEFAULT);
      old.traits.put("same_url_as", fresh);
      old.traits.put("url_newest", false);
      fresh.traits.put("same_url_as", old);
      fresh.traits.put("url_newest", true);
      captures.add(fresh);
    }
  }

  private void revisits() {
    Random r = new Random(SEED + 3);
    Capture a = page("www.trailnotes.org", 3);
    Capture b = page("homenetguide.io", 2);
    a.date = dateBetween(r, 0, 5);
    b.date = dateBetween(r, 0, 5);
    revisits.add(new Revisit(a, dateBetween(r, 10, 14), 1, false, null));
    revisits.add(new Revisit(b, dateBetween(r, 10, 14), 2, true, null));
  }

  private void encodings() {
    for (String host : List.of("kitchenbench.com", "www.wanderwege.at", "www.machi-news.jp")) {
      page(host, 1).gzip = true;
    }
    for (String host : List.of("homenetguide.io", "novosti-goroda.ru", "www.chengshi-xinwen.cn")) {
      page(host, 1).chunked = true;
    }
    Capture both = page("www.diariodelvalle.es", 1);
    both.gzip = true;
    both.chunked = true;
  }

  /** Fixes record ids, sorts captures by file and date, and writes the encoding traits. */
  private void finish() {
    for (Capture c : captures) {
      String when = c.date.toString();
      c.recordId = Ids.of(SEED, "response", c.url, when);
      c.requestId = Ids.of(SEED, "request", c.url, when);
      c.metadataId = Ids.of(SEED, "metadata", c.url, when);
      if (c.gzip) {
        c.traits.put("content_encoding", "gzip");
      }
      if (c.chunked) {
        c.traits.put("transfer_encoding", "chunked");
      }
    }
    captures.sort(
        Comparator.comparingInt((Capture c) -> c.file)
            .thenComparing(c -> c.date)
            .thenComparing(c -> c.url));
    List<Revisit> fixed = new ArrayList<>();
    for (Revisit v : revisits) {
      fixed.add(
          new Revisit(
              v.original(),
              v.date(),
              v.file(),
              v.notModified(),
              Ids.of(SEED, "revisit", v.original().url, v.date().toString())));
    }
    revisits.clear();
    revisits.addAll(fixed);
  }
}
