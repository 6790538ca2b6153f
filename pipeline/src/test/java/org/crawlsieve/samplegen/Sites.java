package org.crawlsieve.samplegen;

import java.util.List;

/** The fixed list of sites in the sample. Order matters: it seeds page generation. */
final class Sites {
  private Sites() {}

  private static final String UTF8 = "UTF-8";

  private static Site s(String host, String lang, int style, String brand, String server) {
    return new Site(host, lang, style, brand, true, server, UTF8, "both");
  }

  private static Site http(String host, String lang, int style, String brand, String server) {
    return new Site(host, lang, style, brand, false, server, UTF8, "header");
  }

  /** Sites with ordinary article pages, several pages each. */
  static final List<Site> ARTICLE_SITES =
      List.of(
          s("www.harbourtimes.co.uk", "en", 0, "The Harbour Times", "nginx"),
          s("greenbalcony.net", "en", 1, "Green Balcony", "Apache/2.4.62 (Debian)"),
          s("www.trailnotes.org", "en", 1, "Trail Notes", "nginx/1.26.2"),
          s("kitchenbench.com", "en", 2, "Kitchen Bench", "cloudflare"),
          s("www.citydesk-news.com", "en", 0, "CityDesk News", "nginx"),
          s("homenetguide.io", "en", 3, "HomeNet Guide", "openresty"),
          s("www.moneyplain.com", "en", 2, "Money, Plainly", "cloudflare"),
          http("localhistory.org.uk", "en", 3, "Local History Society", "Apache"),
          s("www.sleepwell-clinic.com", "en", 2, "Sleepwell Clinic", "Microsoft-IIS/10.0"),
          s("repaircafe-network.org", "en", 1, "Repair Cafe Network", "nginx"),
          s("www.northcanals.org.uk", "en", 3, "North Canals Trust", "Apache/2.4.58"),
          s("tidewatch.com.au", "en", 0, "Tidewatch", "nginx"),
          s("maplestreet-journal.ca", "en", 0, "Maple Street Journal", "cloudflare"),
          s("birdnotes.blogspot.com", "en", 1, "Bird Notes", "GSE"),
          s("dev-diary.github.io", "en", 3, "Dev Diary", "GitHub.com"),
          s("www.familycamping.ie", "en", 2, "Family Camping Ireland", "LiteSpeed"),
          s("www.gartenfreunde-nord.de", "de", 1, "Gartenfreunde Nord", "Apache"),
          s("stadtanzeiger-online.de", "de", 0, "Stadtanzeiger Online", "nginx"),
          new Site("brotzeit-blog.de", "de", 1, "Brotzeit Blog", true, "nginx", UTF8, "none"),
          s("www.wanderwege.at", "de", 2, "Wanderwege Österreich", "Apache"),
          s("energie-ratgeber.ch", "de", 3, "Energie-Ratgeber", "cloudflare"),
          s("www.journal-du-val.fr", "fr", 0, "Le Journal du Val", "nginx"),
          s("cuisine-de-mamie.fr", "fr", 1, "La Cuisine de Mamie", "Apache"),
          new Site(
              "www.randos-alpes.fr",
              "fr",
              2,
              "Randos Alpes",
              false,
              "Apache/2.2.15",
              "ISO-8859-1",
              "header"),
          s("www.velo-occasion.be", "fr", 3, "Vélo Occasion", "nginx"),
          s("www.diariodelvalle.es", "es", 0, "Diario del Valle", "nginx"),
          s("recetas-de-la-abuela.com.mx", "es", 1, "Recetas de la Abuela", "LiteSpeed"),
          s("senderismo-pirineos.es", "es", 2, "Senderismo Pirineos", "Apache"),
          s("www.ahorro-facil.com.ar", "es", 3, "Ahorro Fácil", "cloudflare"),
          s("novosti-goroda.ru", "ru", 0, "Новости города", "nginx"),
          new Site(
              "sadovod-sovety.ru",
              "ru",
              1,
              "Садовод",
              false,
              "Apache/2.2.22",
              "windows-1251",
              "meta"),
          s("www.hleb-doma.by", "ru", 2, "Хлеб дома", "nginx"),
          s("www.machi-news.jp", "ja", 0, "まちニュース", "nginx"),
          new Site(
              "kurashi-guide.co.jp", "ja", 1, "暮らしのガイド", false, "Apache", "Shift_JIS", "header"),
          new Site("www.pan-kobo.jp", "ja", 2, "パン工房だより", false, "Apache/2.2.3", "EUC-JP", "meta"),
          s("www.chengshi-xinwen.cn", "zh", 0, "城市新闻", "Tengine"),
          new Site("shenghuo-zhinan.com.cn", "zh", 1, "生活指南", false, "nginx", "GBK", "meta"),
          s("www.mianbao-jia.cn", "zh", 3, "面包之家", "openresty"),
          s("www.akhbar-almadina.com", "ar", 0, "أخبار المدينة", "nginx"),
          s("matbakh-jadati.net", "ar", 1, "مطبخ جدتي", "cloudflare"),
          s("www.orto-in-citta.it", "it", 1, "Orto in Città", "Apache"),
          s("www.noticias-da-serra.pt", "pt", 0, "Notícias da Serra", "nginx"),
          s("www.dijkwandelingen.nl", "nl", 2, "Dijkwandelingen", "nginx"),
          s("www.ogrod-i-dom.pl", "pl", 1, "Ogród i Dom", "LiteSpeed"));

  /** Hosts that only copy other sites' pages (exact duplicates). */
  static final String MIRROR_HOST = "news-mirror.info";

  static final String MOBILE_MIRROR_HOST = "m.harbourtimes.co.uk";

  /** Hosts that serve only special documents. */
  static final Site FORUM = s("forum.homenetguide.io", "en", 3, "HomeNet Forum", "openresty");

  static final Site REPORTS =
      s("reports.greenpolicy.org", "en", 3, "Green Policy Institute", "nginx");

  static final Site SHOP = s("shop.kitchenbench.com", "en", 2, "Kitchen Bench Shop", "cloudflare");

  static final Site ARCHIVE =
      s("archive.publishers-collective.eu", "en", 0, "Publishers' Collective", "nginx");

  static final Site SPAMMY = http("best-deals-online.biz", "en", 2, "Best Deals Online", "nginx");

  static Site byHost(String host) {
    for (Site s : ARTICLE_SITES) {
      if (s.host().equals(host)) {
        return s;
      }
    }
    for (Site s : List.of(FORUM, REPORTS, SHOP, ARCHIVE, SPAMMY)) {
      if (s.host().equals(host)) {
        return s;
      }
    }
    throw new IllegalArgumentException(host);
  }
}
