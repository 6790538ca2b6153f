package org.crawlsieve.samplegen;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The robots.txt captures of the crawl (CC-MAIN-2026-08) and of a later crawl (CC-MAIN-2026-20) in
 * which a few hosts changed their policy. Each body is hand-written with the access it grants
 * stated beside it; a test checks the statements against crawler-commons.
 */
final class RobotsPlan {
  static final String LATER_CRAWL = "CC-MAIN-2026-20";
  static final Instant LATER_START = Instant.parse("2026-05-06T00:00:00Z");

  /** Hosts of the sample with no robots.txt capture at all. */
  static final Set<String> NO_CAPTURE =
      Set.of(
          Sites.MIRROR_HOST,
          "best-deals-online.biz",
          "www.ogrod-i-dom.pl",
          "www.dijkwandelingen.nl",
          "matbakh-jadati.net");

  static final String CDN = "https://static-pages.example-cdn.net";

  final List<RobotsCapture> captures = new ArrayList<>();

  private RobotsCapture add(String origin) {
    RobotsCapture r = new RobotsCapture(origin);
    captures.add(r);
    return r;
  }

  static RobotsPlan current() {
    RobotsPlan p = new RobotsPlan();
    p.add("https://www.harbourtimes.co.uk")
        .text(
            "# robots.txt for www.harbourtimes.co.uk\nUser-agent: *\nDisallow: /search\n"
                + "Disallow: /account/\n\nUser-agent: GPTBot\nDisallow: /\n\n"
                + "Sitemap: https://www.harbourtimes.co.uk/sitemap.xml\n")
        .access("full", "partial", "partial", "partial", "partial")
        .note("GPTBot disallowed from the whole site");
    p.add("https://greenbalcony.net")
        .text(
            "User-agent: CCBot\nDisallow: /wp-admin/\nDisallow: /growing-chillies-indoors/\n"
                + "Crawl-delay: 10\n\nUser-agent: *\nAllow: /\n")
        .access("none", "partial", "none", "none", "none")
        .note("CCBot kept out of two paths");
    p.add("https://www.trailnotes.org")
        .text("User-agent: *\nDisallow: /\n")
        .allAccess("full")
        .note("every bot disallowed");
    RobotsCapture kb =
        p.add("https://kitchenbench.com")
            .text(
                "# As a condition of accessing this website, you agree to abide by the following"
                    + " content signals:\n"
                    + "# search: building a search index\n"
                    + "# ai-train: training AI models\n"
                    + "User-agent: *\n"
                    + "Content-Signal: search=yes, ai-train=no\n"
                    + "Allow: /\n\n"
                    + "User-agent: Google-Extended\n"
                    + "Disallow: /\n")
            .access("none", "none", "none", "full", "none")
            .note("Cloudflare content signals; Google-Extended disallowed");
    kb.contentSignal = "search=yes, ai-train=no";
    p.add("https://www.citydesk-news.com")
        .text(
            "User-agent: ClaudeBot\nUser-agent: anthropic-ai\nDisallow: /\n\nUser-agent: *\n"
                + "Disallow: /live/\nDisallow: /*?print=\n")
        .access("partial", "partial", "full", "partial", "partial")
        .note("one group for two agents");
    p.add("https://homenetguide.io")
        .text(
            "User-agent: GPTBot\nDisallow: /wiki/private/\n\nUser-agent: CCBot\nDisallow: /\n\n"
                + "User-agent: gptbot\nDisallow: /wiki/drafts/\n")
        .access("partial", "full", "none", "none", "none")
        .note("two GPTBot groups merge (agent names case-insensitive); no * group");
    p.add("https://www.moneyplain.com")
        .text(
            "User-agent: GPTBot\nUser-agent: ClaudeBot\nDisallow: /\nAllow: /article/\n"
                + "Allow: /tools/$\n\nUser-agent: *\nDisallow: /tools/\n")
        .access("partial", "partial", "partial", "partial", "partial")
        .note("Allow overrides a shorter Disallow");
    p.add("http://localhistory.org.uk")
        .text(
            "User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?sessionid=\n"
                + "Disallow: /wiki/Special:*\nAllow: /wiki/Special:Search$\n")
        .allAccess("partial")
        .note("wildcards and end anchors");
    RobotsCapture sleep =
        p.add("https://www.sleepwell-clinic.com")
            .text(
                "User-agent: *\nContent-Usage: train-ai=n\nContent-Usage: /article/ train-ai=n,"
                    + " search=y\nAllow: /\n")
            .allAccess("none")
            .note("aipref Content-Usage lines; robots access itself is open");
    sleep.contentUsage.add("train-ai=n");
    sleep.contentUsage.add("/article/ train-ai=n, search=y");
    RobotsCapture rc =
        p.add("https://repaircafe-network.org")
            .text(
                "License: https://repaircafe-network.org/license.xml\n\nUser-agent: *\n"
                    + "Disallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
            .allAccess("partial")
            .note("RSL License line");
    rc.license = "https://repaircafe-network.org/license.xml";
    RobotsCapture nf =
        p.add("https://www.northcanals.org.uk")
            .status(404)
            .text(
                "<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>404</h1>"
                    + "</body></html>\n")
            .allAccess("none")
            .note("404: unavailable, everything allowed");
    nf.contentType = "text/html";
    nf.outcome = "unavailable";
    RobotsCapture forbidden =
        p.add("https://tidewatch.com.au")
            .status(403)
            .text("Forbidden\n")
            .allAccess("none")
            .note("403: unavailable (4xx), everything allowed");
    forbidden.outcome = "unavailable";
    RobotsCapture down =
        p.add("https://maplestreet-journal.ca")
            .status(503)
            .text("Service Unavailable\n")
            .allAccess("full")
            .note("503: unreachable, everything disallowed");
    down.outcome = "unreachable";
    RobotsCapture httpBlog =
        p.add("http://birdnotes.blogspot.com").status(301).note("http to https on the same host");
    httpBlog.location = "https://birdnotes.blogspot.com/robots.txt";
    httpBlog.access = List.of("partial", "partial", "partial", "partial", "partial");
    p.add("https://birdnotes.blogspot.com")
        .text(
            "User-agent: Mediapartners-Google\nDisallow:\n\nUser-agent: *\nDisallow: /search\n"
                + "Allow: /\n\nSitemap: https://birdnotes.blogspot.com/sitemap.xml\n")
        .allAccess("partial");
    RobotsCapture cross =
        p.add("https://dev-diary.github.io").status(302).note("redirect to another host");
    cross.location = CDN + "/dev-diary/robots.txt";
    cross.access = List.of("full", "none", "none", "none", "none");
    RobotsCapture cdn =
        p.add(CDN + "/dev-diary")
            .text("User-agent: GPTBot\nDisallow: /\n\n" + "User-agent: *\nDisallow:\n");
    cdn.redirectHop = true;
    String camp = "https://www.familycamping.ie";
    String[] chain = {
      "/robots.txt",
      "/en/robots.txt",
      "/en-ie/robots.txt",
      "/static/robots.txt",
      "/static/v2/robots.txt",
      "/static/v3/robots.txt",
      "/static/v3/final/robots.txt"
    };
    RobotsCapture first =
        p.add(camp).status(301).note("six redirects: more than five, unavailable");
    first.location = camp + chain[1];
    first.access = List.of("none", "none", "none", "none", "none");
    first.outcome = "too_many_redirects";
    for (int i = 1; i < chain.length; i++) {
      RobotsCapture hop =
          p.add(camp + chain[i].substring(0, chain[i].length() - "/robots.txt".length()));
      hop.redirectHop = true;
      if (i < chain.length - 1) {
        hop.status = i % 2 == 0 ? 301 : 302;
        hop.location = camp + chain[i + 1];
      } else {
        hop.text("User-agent: *\nDisallow: /\n");
      }
    }
    RobotsCapture soft =
        p.add("https://www.gartenfreunde-nord.de")
            .text(
                "<!DOCTYPE html>\n"
                    + "<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Seite nicht"
                    + " gefunden</title></head>\n"
                    + "<body><h1>Seite nicht gefunden</h1>\n"
                    + "<p>Die angeforderte Seite existiert nicht.</p>\n"
                    + "<p><a href=\"/\">Zur Startseite</a></p></body></html>\n")
            .allAccess("none")
            .note("HTML error page served with 200: no rules");
    soft.contentType = "text/html; charset=utf-8";
    p.add("http://stadtanzeiger-online.de")
        .text("User-agent: *\nDisallow: /\n")
        .allAccess("full")
        .note("http origin differs from https");
    p.add("https://stadtanzeiger-online.de")
        .text("User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow: /suche/\n")
        .access("full", "partial", "partial", "partial", "partial")
        .note("https origin: pages are fetched over https");
    p.add("https://www.journal-du-val.fr")
        .text(
            "User-agent: GPTBot\nDisallow: /\n\nUser-agent: ChatGPT-User\nDisallow: /\n\n"
                + "User-agent: CCBot\nDisallow: /\n\nUser-agent: Google-Extended\nDisallow: /\n\n"
                + "User-agent: ClaudeBot\nDisallow: /\n\nUser-agent: *\nDisallow: /recherche\n")
        .access("full", "full", "full", "full", "partial")
        .note("press site blocking AI crawlers one group each");
    p.add("https://www.diariodelvalle.es").text("").allAccess("none").note("empty file");
    p.add("https://novosti-goroda.ru")
        .text(
            "\uFEFFuser-agent: Yandex\r\n"
                + "disallow: /admin\r\n"
                + "# ai crawlers\r\n"
                + "USER-AGENT: gptbot\r\n"
                + "DISALLOW: /\r\n"
                + "user-agent: *\r\n"
                + "disallow: /admin\r\n"
                + "clean-param: utm_source /\r\n")
        .access("full", "partial", "partial", "partial", "partial")
        .note("byte order mark, CRLF, upper-case directives");
    RobotsCapture ai =
        p.add("https://www.akhbar-almadina.com")
            .text(
                "User-agent: *\nDisallow: /wp-admin/\nContent-Signal: ai-train=no, search=yes,"
                    + " ai-input=no\n\nUser-agent: Bytespider\nDisallow: /\n")
            .allAccess("partial");
    ai.contentSignal = "ai-train=no, search=yes, ai-input=no";
    // the remaining hosts: ordinary files
    String[] partial = {
      "https://www.machi-news.jp",
      "https://www.chengshi-xinwen.cn",
      "https://www.wanderwege.at",
      "https://cuisine-de-mamie.fr",
      "https://senderismo-pirineos.es",
      "https://www.hleb-doma.by",
      "https://forum.homenetguide.io",
      "https://shop.kitchenbench.com",
      "https://reports.greenpolicy.org",
      "https://www.noticias-da-serra.pt"
    };
    for (String o : partial) {
      p.add(o)
          .text(
              "User-agent: *\nDisallow: /cgi-bin/\nDisallow: /search/\n\nSitemap: "
                  + o
                  + "/sitemap.xml\n")
          .allAccess("partial");
    }
    String[] open = {
      "https://brotzeit-blog.de",
      "https://energie-ratgeber.ch",
      "http://www.randos-alpes.fr",
      "https://www.velo-occasion.be",
      "https://recetas-de-la-abuela.com.mx",
      "https://www.ahorro-facil.com.ar",
      "http://sadovod-sovety.ru",
      "http://kurashi-guide.co.jp",
      "http://www.pan-kobo.jp",
      "http://shenghuo-zhinan.com.cn",
      "https://www.mianbao-jia.cn",
      "https://www.orto-in-citta.it",
      "https://m.harbourtimes.co.uk",
      "https://archive.publishers-collective.eu"
    };
    for (String o : open) {
      p.add(o).text("User-agent: *\nAllow: /\n").allAccess("none");
    }
    return p;
  }

  /** The later crawl: every origin again, five of them with a changed policy. */
  static RobotsPlan later(RobotsPlan now) {
    RobotsPlan p = new RobotsPlan();
    Map<String, RobotsCapture> changes = new TreeMap<>();
    RobotsCapture green =
        new RobotsCapture("https://greenbalcony.net")
            .text(
                "User-agent: CCBot\n"
                    + "Disallow: /wp-admin/\n"
                    + "Disallow: /growing-chillies-indoors/\n"
                    + "Crawl-delay: 10\n\n"
                    + "User-agent: GPTBot\n"
                    + "Disallow: /\n\n"
                    + "User-agent: *\n"
                    + "Allow: /\n")
            .access("full", "partial", "none", "none", "none")
            .note("GPTBot blocked since the earlier crawl");
    RobotsCapture money =
        new RobotsCapture("https://www.moneyplain.com")
            .text("User-agent: *\nDisallow: /\n")
            .allAccess("full")
            .note("closed to every bot");
    RobotsCapture maple =
        new RobotsCapture("https://maplestreet-journal.ca")
            .text("User-agent: *\nDisallow: /admin/\n")
            .allAccess("partial")
            .note("back up after the 503");
    RobotsCapture harbour =
        new RobotsCapture("https://www.harbourtimes.co.uk")
            .text(
                "# robots.txt for www.harbourtimes.co.uk\n"
                    + "User-agent: *\n"
                    + "Disallow: /search\n"
                    + "Disallow: /account/\n\n"
                    + "Sitemap: https://www.harbourtimes.co.uk/sitemap.xml\n")
            .allAccess("partial")
            .note("GPTBot block lifted");
    RobotsCapture ogrod =
        new RobotsCapture("https://www.ogrod-i-dom.pl")
            .text("User-agent: CCBot\nDisallow: /\n")
            .access("none", "full", "none", "none", "none")
            .note("no capture in the earlier crawl");
    for (RobotsCapture c : List.of(green, money, maple, harbour, ogrod)) {
      c.changed = true;
      changes.put(c.origin, c);
    }
    for (RobotsCapture c : now.captures) {
      RobotsCapture changed = changes.remove(c.origin);
      if (changed != null) {
        p.captures.add(changed);
      } else {
        p.captures.add(copy(c));
      }
    }
    p.captures.addAll(changes.values());
    return p;
  }

  private static RobotsCapture copy(RobotsCapture c) {
    RobotsCapture r = new RobotsCapture(c.origin);
    r.status = c.status;
    r.contentType = c.contentType;
    r.body = c.body;
    r.location = c.location;
    r.access = c.access;
    r.outcome = c.outcome;
    r.note = c.note;
    r.contentSignal = c.contentSignal;
    r.contentUsage.addAll(c.contentUsage);
    r.license = c.license;
    r.redirectHop = c.redirectHop;
    return r;
  }

  /** Dates, ids and redirect resolution; captures are sorted by date as a crawler writes them. */
  void finish(String crawl, Instant start, long seed) {
    Random r = new Random(seed ^ crawl.hashCode());
    Instant base = start.minusSeconds(86400);
    for (RobotsCapture c : captures) {
      c.date = base.plusSeconds((long) (r.nextDouble() * 10 * 86400));
      c.recordId = Ids.of(seed, crawl, "robots-response", c.url(), c.date.toString());
      c.requestId = Ids.of(seed, crawl, "robots-request", c.url(), c.date.toString());
    }
    // redirect hops are fetched right after the capture that points at them
    for (RobotsCapture c : captures) {
      RobotsCapture prev = c;
      int hops = 0;
      while (prev.location != null && hops < 10) {
        RobotsCapture next = byUrl(prev.location);
        hops++;
        if (next == null) {
          break;
        }
        if (next.redirectHop) {
          next.date = prev.date.plusSeconds(2);
          next.recordId = Ids.of(seed, crawl, "robots-response", next.url(), next.date.toString());
          next.requestId = Ids.of(seed, crawl, "robots-request", next.url(), next.date.toString());
        }
        prev = next;
      }
      c.hops = hops;
      c.finalUrl = prev.url();
    }
    captures.sort(
        java.util.Comparator.comparing((RobotsCapture c) -> c.date).thenComparing(c -> c.origin));
  }

  RobotsCapture byUrl(String url) {
    for (RobotsCapture c : captures) {
      if (c.url().equals(url)) {
        return c;
      }
    }
    return null;
  }

  RobotsCapture byOrigin(String origin) {
    for (RobotsCapture c : captures) {
      if (c.origin.equals(origin)) {
        return c;
      }
    }
    return null;
  }
}
