package org.crawlsieve.samplegen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * The captures that exercise one pipeline decision each: PII, opt-out signals, low quality,
 * non-HTML documents, a truncated record, non-2xx answers and the TDMRep well-known file.
 */
final class SpecialPages {
  private final CapturePlan plan;
  private final Random rnd = new Random(CapturePlan.SEED + 10);

  SpecialPages(CapturePlan plan) {
    this.plan = plan;
  }

  void addAll() {
    pii();
    optOuts();
    tdmRep();
    lowQuality();
    nonHtml();
    truncatedAndErrors();
  }

  private Capture newPage(Site site, String path) {
    Capture c = new Capture(site, path, plan.randomDate(rnd));
    c.file = rnd.nextInt(CapturePlan.FILES);
    plan.pagesBySite.computeIfAbsent(site.host(), k -> new ArrayList<>());
    return c;
  }

  private PageContent article(Site site, Capture c, String title) {
    TextBank bank = plan.bank(site.lang());
    return ContentMaker.article(
            bank,
            rnd,
            plan.sentencesFor(site.lang(), rnd),
            CapturePlan.publishedBefore(c.date, rnd))
        .withTitle(title);
  }

  /** An ordinary article page on {@code site} with extra paragraphs and template options. */
  private Capture articleWith(
      Site site, String path, String title, List<String> extra, PageOptions options) {
    Capture c = newPage(site, path);
    PageContent content = article(site, c, title).withExtraParagraphs(extra);
    c.title = title;
    plan.setHtml(c, content, options);
    plan.add(c);
    return c;
  }

  private static void pii(Capture c, Map<String, Integer> counts) {
    c.traits.put("pii", new ArrayList<>(new TreeMap<>(counts).keySet()));
    c.traits.put("pii_counts", new TreeMap<>(counts));
  }

  private void pii() {
    Capture forum =
        articleWith(
            Sites.FORUM,
            "/t/router-keeps-dropping-the-connection-every-evening/4812",
            "Router keeps dropping the connection every evening",
            List.of(
                "I have attached the log below. The router gets a public address of 81.2.69.142"
                    + " from the provider, and my laptop sits behind it as 192.168.1.23 on the"
                    + " home network.",
                "The IPv6 address shown on the status page is"
                    + " 2a02:8070:a4c2:6f00:1d2b:9e3a:4c01:7b2f, which changes every time the line"
                    + " reconnects.",
                "If the log is too long for the forum, send it to me at jane.porter@example.com"
                    + " or to my colleague at david.kowalski [at] example [dot] com and we will"
                    + " have a look at it this week."),
            PageOptions.DEFAULT);
    pii(forum, Map.of("email", 2, "ip_address", 2));
    forum.traits.put(
        "pii_detail", Map.of("email_obfuscated", 1, "ipv4_public", 1, "ipv6_public", 1));
    forum.traits.put("pii_decoys", List.of("ipv4_private"));

    Capture contact =
        articleWith(
            plan.page("tidewatch.com.au", 0).site,
            "/contact-the-newsroom",
            "How to Contact the Newsroom",
            List.of(
                "Story tips can be sent to the news desk at tips@tidewatch.com.au, and letters"
                    + " to the editor should go to letters@tidewatch.com.au with your full name.",
                "You can call the newsroom on +61 2 9374 4000 during office hours, or our London"
                    + " correspondent on +44 20 7946 0958.",
                "Readers in North America can leave a message on +1 (415) 555-0132 at any time."),
            PageOptions.DEFAULT);
    pii(contact, Map.of("email", 2, "phone", 3));

    Capture shop =
        articleWith(
            Sites.SHOP,
            "/help/testing-your-checkout",
            "Testing Your Checkout Before the Sale Starts",
            List.of(
                "To check that payments work, use the test card number 4111 1111 1111 1111 with"
                    + " any future expiry date and any three digit security code.",
                "A number such as 4111 1111 1111 1112 will be rejected, because it fails the"
                    + " checksum that every card number has to pass."),
            PageOptions.DEFAULT);
    pii(shop, Map.of("credit_card", 1));
    shop.traits.put("pii_decoys", List.of("credit_card_bad_checksum"));

    Capture iban =
        articleWith(
            plan.page("www.gartenfreunde-nord.de", 0).site,
            "/mitglied-werden/",
            "Mitglied werden im Verein",
            List.of(
                "Den Jahresbeitrag überweisen Sie bitte auf das Konto des Vereins mit der IBAN"
                    + " DE89 3704 0044 0532 0130 00 bei der Sparkasse.",
                "Bei Fragen erreichen Sie unsere Kassenwartin unter der Telefonnummer"
                    + " +49 30 90182731 oder schriftlich über das Kontaktformular.",
                "Bitte verwenden Sie nicht mehr die alte Nummer DE89 3704 0044 0532 0130 01,"
                    + " die in einem früheren Rundschreiben falsch abgedruckt war."),
            PageOptions.DEFAULT);
    pii(iban, Map.of("iban", 1, "phone", 1));
    iban.traits.put("pii_decoys", List.of("iban_bad_checksum"));

    Capture ssn =
        articleWith(
            plan.page("www.moneyplain.com", 0).site,
            "/article/558120-filling-in-your-first-tax-return.html",
            "Filling In Your First Tax Return",
            List.of(
                "On the scanned example form, the reader's social security number 536-22-4817"
                    + " appears in the top box, which is exactly why you should never post such"
                    + " a form online.",
                "A number that starts with 000, such as 000-12-3456, is never issued, so a form"
                    + " that shows one has been filled in wrongly."),
            PageOptions.DEFAULT);
    pii(ssn, Map.of("us_ssn", 1));
    ssn.traits.put("pii_decoys", List.of("us_ssn_invalid_area"));

    Random keys = new Random(CapturePlan.SEED + 11);
    String accessKey = "AKIA" + randomChars(keys, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    String secret =
        randomChars(keys, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40);
    byte[] keyBytes = new byte[600];
    keys.nextBytes(keyBytes);
    String b64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(keyBytes);
    String pre =
        "[default]\naws_access_key_id = "
            + accessKey
            + "\naws_secret_access_key = "
            + secret
            + "\n\n-----BEGIN RSA PRIVATE KEY-----\n"
            + b64
            + "\n-----END RSA PRIVATE KEY-----";
    Capture secrets =
        articleWith(
            plan.page("dev-diary.github.io", 0).site,
            "/wiki/what-i-found-in-an-old-backup",
            "What I Found in an Old Backup",
            List.of(
                "While cleaning up an old backup drive I found the configuration below, copied"
                    + " straight from a laptop, keys and all. It is a good reminder of why"
                    + " credentials never belong in a shared folder."),
            PageOptions.DEFAULT.withPre(pre));
    pii(secrets, Map.of("aws_access_key", 1, "aws_secret_key", 1, "private_key", 1));

    Capture fr =
        articleWith(
            plan.page("www.journal-du-val.fr", 0).site,
            "/2026/02/nous-contacter",
            "Nous contacter",
            List.of(
                "Pour toute question, écrivez à la rédaction à l'adresse"
                    + " redaction@journal-du-val.fr ou appelez le standard au +33 1 70 36 41 92 du"
                    + " lundi au vendredi."),
            PageOptions.DEFAULT);
    pii(fr, Map.of("email", 1, "phone", 1));

    Capture ja =
        articleWith(
            plan.page("www.machi-news.jp", 0).site,
            "/2026/02/otoiawase",
            "読者窓口のご案内",
            List.of("記事に関するご意見は、電話 +81 3-6890-4417 またはメール info@machi-news.jp までお寄せください。"),
            PageOptions.DEFAULT);
    pii(ja, Map.of("email", 1, "phone", 1));
  }

  private static String randomChars(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private void optOuts() {
    Capture meta =
        articleWith(
            plan.page("kitchenbench.com", 0).site,
            "/article/733501-our-favourite-winter-soups.html",
            "Our Favourite Winter Soups",
            List.of(),
            PageOptions.DEFAULT.withHead("<meta name=\"robots\" content=\"noai, noimageai\">"));
    meta.addToList("optout", "meta_robots_noai");
    meta.addToList("optout", "meta_robots_noimageai");

    Capture xrt =
        articleWith(
            plan.page("www.citydesk-news.com", 0).site,
            "/2026/02/river-festival-returns",
            "River Festival Returns With a Bigger Programme",
            List.of(),
            PageOptions.DEFAULT);
    xrt.header("X-Robots-Tag", "noai, noimageai");
    xrt.addToList("optout", "x_robots_tag_noai");
    xrt.addToList("optout", "x_robots_tag_noimageai");

    Capture agentScoped =
        articleWith(
            plan.page("greenbalcony.net", 0).site,
            "/growing-chillies-indoors/",
            "Growing Chillies Indoors",
            List.of(),
            PageOptions.DEFAULT);
    agentScoped.header("X-Robots-Tag", "GPTBot: noai");
    agentScoped.addToList("optout", "x_robots_tag_agent_noai");
    agentScoped.traits.put("optout_agents", List.of("GPTBot"));

    Capture tdmHeader =
        articleWith(
            plan.page("www.journal-du-val.fr", 0).site,
            "/2026/02/le-marche-couvert-rouvre",
            "Le marché couvert rouvre ses portes",
            List.of(),
            PageOptions.DEFAULT);
    tdmHeader.header("tdm-reservation", "1");
    tdmHeader.header("tdm-policy", "https://www.journal-du-val.fr/tdm/policy.json");
    tdmHeader.addToList("optout", "tdm_reservation_header");

    Capture tdmMeta =
        articleWith(
            plan.page("stadtanzeiger-online.de", 0).site,
            "/2026/02/neuer-haushalt-beschlossen",
            "Der Stadtrat beschließt einen neuen Haushalt",
            List.of(),
            PageOptions.DEFAULT.withHead(
                "<meta name=\"tdm-reservation\" content=\"1\">",
                "<meta name=\"tdm-policy\""
                    + " content=\"https://stadtanzeiger-online.de/tdm-policy.json\">"));
    tdmMeta.addToList("optout", "tdm_reservation_meta");

    Capture usage =
        articleWith(
            plan.page("maplestreet-journal.ca", 0).site,
            "/2026/02/library-extends-opening-hours",
            "Library Extends Its Opening Hours",
            List.of(),
            PageOptions.DEFAULT);
    usage.header("Content-Usage", "train-ai=n, search=y");
    usage.addToList("optout", "content_usage_header");

    Capture license =
        articleWith(
            plan.page("repaircafe-network.org", 0).site,
            "/how-to-start-a-repair-cafe/",
            "How to Start a Repair Cafe in Your Town",
            List.of(),
            PageOptions.DEFAULT.withHead(
                "<link rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/\">"));
    license.traits.put("license", "https://creativecommons.org/licenses/by/4.0/");

    Capture noindex =
        articleWith(
            plan.page("www.familycamping.ie", 0).site,
            "/article/410233-camping-checklist-for-spring.html",
            "A Camping Checklist for Spring",
            List.of(),
            PageOptions.DEFAULT.withHead("<meta name=\"robots\" content=\"noindex, follow\">"));
    noindex.traits.put("optout_decoy", "meta_robots_noindex");
  }

  /** A host that publishes /.well-known/tdmrep.json reserving one folder. */
  private void tdmRep() {
    Site site = Sites.ARCHIVE;
    Capture wk = newPage(site, "/.well-known/tdmrep.json");
    String json =
        "[\n  {\n    \"location\": \"/reserved/*\",\n    \"tdm-reservation\": 1,\n"
            + "    \"tdm-policy\": \"https://archive.publishers-collective.eu/policies/tdm.json\"\n"
            + "  },\n  {\n    \"location\": \"/*\",\n    \"tdm-reservation\": 0\n  }\n]\n";
    wk.contentType = "application/json";
    wk.entity = json.getBytes(StandardCharsets.UTF_8);
    wk.traits.put("non_html", "json");
    wk.traits.put("tdmrep", true);
    plan.add(wk);
    for (String[] p :
        new String[][] {
          {
            "/reserved/2026/02/the-long-road-to-a-cleaner-river", "The Long Road to a Cleaner River"
          },
          {"/reserved/2026/02/why-small-presses-still-matter", "Why Small Presses Still Matter"},
          {"/open/2026/02/a-guide-to-our-archive", "A Guide to Our Archive"}
        }) {
      Capture c = articleWith(site, p[0], p[1], List.of(), PageOptions.DEFAULT);
      if (p[0].startsWith("/reserved/")) {
        c.addToList("optout", "tdm_reservation_wellknown");
      }
    }
  }

  private Capture lowQualityPage(
      Site site, String path, String title, String mainHtml, String kind) {
    Capture c = newPage(site, path);
    TextBank bank = plan.bank(site.lang());
    PageContent content =
        new PageContent(
            site.lang(),
            title,
            bank.names().get(0),
            CapturePlan.publishedBefore(c.date, rnd),
            List.of(),
            List.of(),
            List.of(List.of("", "", "")),
            List.of(),
            List.of());
    c.title = title;
    plan.setHtml(c, content, PageOptions.DEFAULT.withMain(mainHtml));
    c.traits.put("low_quality", kind);
    plan.add(c);
    return c;
  }

  private void lowQuality() {
    lowQualityPage(
        plan.page("www.citydesk-news.com", 0).site,
        "/live/2026/02/road-closure-update",
        "Road closure update",
        "<p>More details to follow.</p>",
        "too_short");

    String lorem =
        "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
            + " incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud"
            + " exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.</p>\n"
            + "<p>Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu"
            + " fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in"
            + " culpa qui officia deserunt mollit anim id est laborum.</p>\n"
            + "<p>Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium"
            + " doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore"
            + " veritatis et quasi architecto beatae vitae dicta sunt explicabo.</p>";
    lowQualityPage(
        plan.page("www.familycamping.ie", 0).site,
        "/article/100001-sample-page.html",
        "Sample Page",
        lorem,
        "lorem_ipsum");

    StringBuilder sitemap = new StringBuilder("<ul class=\"sitemap\">\n");
    String[] words = {
      "Watches",
      "Shoes",
      "Phones",
      "Laptops",
      "Bags",
      "Jackets",
      "Tablets",
      "Cameras",
      "Rings",
      "Perfume",
      "Sunglasses",
      "Headphones"
    };
    String[] adjs = {"Cheap", "Best", "Discount", "New", "Top"};
    for (String a : adjs) {
      for (String w : words) {
        sitemap
            .append("  <li><a href=\"/")
            .append(a.toLowerCase())
            .append('-')
            .append(w.toLowerCase())
            .append("\">")
            .append(a)
            .append(' ')
            .append(w)
            .append("</a></li>\n");
      }
    }
    sitemap.append("</ul>");
    lowQualityPage(Sites.SPAMMY, "/sitemap.html", "Sitemap", sitemap.toString(), "list_like");

    StringBuilder rep = new StringBuilder();
    String[] lines = {
      "Buy cheap watches online at the best price.",
      "Free shipping on all orders today.",
      "Best deals online, best prices guaranteed."
    };
    for (int i = 0; i < 30; i++) {
      rep.append("<p>").append(lines[i % 3]).append("</p>\n");
    }
    lowQualityPage(
        Sites.SPAMMY, "/cheap-watches", "Cheap Watches Online", rep.toString(), "repeated_lines");

    String code =
        "<pre><code>function initSlider(el, options) {\n  var opts = Object.assign({speed: 300,"
            + " loop: true}, options || {});\n  var slides = el.querySelectorAll('.slide');\n"
            + "  var index = 0;\n  function show(i) {\n    slides.forEach(function (s, k) {"
            + " s.style.display = k === i ? 'block' : 'none'; });\n  }\n"
            + "  setInterval(function () { index = (index + 1) % slides.length; show(index); },"
            + " opts.speed * 10);\n  show(0);\n  return { next: function () { show(++index %"
            + " slides.length); } };\n}\n\ndocument.addEventListener('DOMContentLoaded', function"
            + " () {\n  var el = document.querySelector('#hero');\n  if (el) { initSlider(el,"
            + " {speed: 500}); }\n  window.dataLayer = window.dataLayer || [];\n"
            + "  console.log('javascript slider ready');\n});\n</code></pre>\n"
            + "<p>Enable javascript to view this page.</p>";
    lowQualityPage(
        plan.page("dev-diary.github.io", 0).site,
        "/wiki/slider-snippet",
        "slider.js",
        code,
        "code_heavy");
  }

  private void nonHtml() {
    TextBank en = plan.bank("en");
    TextBank fr = plan.bank("fr");
    Capture pdf = newPage(Sites.REPORTS, "/publications/2026/urban-heat-and-green-streets.pdf");
    pdf.contentType = "application/pdf";
    pdf.title = "Urban Heat and Green Streets";
    pdf.entity =
        BinaryDocs.pdf(
            pdf.title, ContentMaker.pick(en.sentences(), 24, rnd), "Green Policy Institute");
    pdf.language = "en";
    pdf.traits.put("non_html", "pdf");
    plan.add(pdf);

    Capture pdfFr =
        newPage(plan.page("www.journal-du-val.fr", 0).site, "/documents/guide-du-velo-2026.pdf");
    pdfFr.contentType = "application/pdf";
    pdfFr.title = "Guide du vélo 2026";
    pdfFr.entity =
        BinaryDocs.pdf(
            pdfFr.title, ContentMaker.pick(fr.sentences(), 14, rnd), "Le Journal du Val");
    pdfFr.language = "fr";
    pdfFr.traits.put("non_html", "pdf");
    plan.add(pdfFr);

    Capture docx = newPage(Sites.REPORTS, "/publications/2026/consultation-response.docx");
    docx.contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    docx.title = "Response to the Consultation on Street Trees";
    docx.entity = BinaryDocs.docx(docx.title, ContentMaker.pick(en.sentences(), 16, rnd));
    docx.language = "en";
    docx.traits.put("non_html", "docx");
    plan.add(docx);

    Capture txt = newPage(plan.page("dev-diary.github.io", 0).site, "/notes/field-notes.txt");
    txt.contentType = "text/plain; charset=utf-8";
    txt.title = null;
    StringBuilder b = new StringBuilder("FIELD NOTES, FEBRUARY\n\n");
    List<String> s = ContentMaker.pick(en.sentences(), 15, rnd);
    for (int i = 0; i < s.size(); i += 3) {
      b.append(String.join(" ", s.subList(i, Math.min(s.size(), i + 3)))).append("\n\n");
    }
    txt.entity = b.toString().getBytes(StandardCharsets.UTF_8);
    txt.language = "en";
    txt.traits.put("non_html", "text");
    plan.add(txt);

    Capture png = newPage(plan.page("kitchenbench.com", 0).site, "/images/logo-2026.png");
    png.contentType = "image/png";
    png.entity = BinaryDocs.png();
    png.traits.put("non_html", "png");
    png.traits.put("unsupported", true);
    plan.add(png);
  }

  private void truncatedAndErrors() {
    Site trail = plan.page("www.trailnotes.org", 0).site;
    Capture cut =
        articleWith(
            trail,
            "/the-long-way-round-a-three-day-ridge-walk/",
            "The Long Way Round: A Three Day Ridge Walk",
            List.of(),
            PageOptions.DEFAULT);
    cut.truncateBodyAt = 0.55;
    cut.traits.put("truncated", "length");

    Site harbour = plan.page("www.harbourtimes.co.uk", 0).site;
    Capture notFound = newPage(harbour, "/2025/11/council-meeting-postponed");
    TextBank en = plan.bank("en");
    PageContent nf =
        new PageContent(
            "en",
            "Page not found",
            en.names().get(0),
            CapturePlan.publishedBefore(notFound.date, rnd),
            List.of(),
            List.of(),
            List.of(List.of("", "", "")),
            List.of(),
            List.of());
    notFound.title = "Page not found";
    plan.setHtml(
        notFound,
        nf,
        PageOptions.DEFAULT.withMain(
            "<p>Sorry, we could not find the page you were looking for. It may have been moved or"
                + " deleted.</p>\n<p><a href=\"/\">Go to the home page</a></p>"));
    notFound.status = 404;
    plan.add(notFound);

    Capture error = newPage(plan.page("www.moneyplain.com", 0).site, "/tools/mortgage-calculator");
    error.status = 500;
    error.contentType = "text/html";
    error.entity =
        ("<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n<body>"
                + "<h1>Internal Server Error</h1>\n<p>The server encountered an internal error"
                + " and was unable to complete your request.</p>\n</body></html>\n")
            .getBytes(StandardCharsets.US_ASCII);
    error.language = "en";
    error.title = "500 Internal Server Error";
    plan.add(error);

    Capture moved = newPage(plan.page("www.citydesk-news.com", 0).site, "/story/20260211");
    Capture target = plan.page("www.citydesk-news.com", 2);
    moved.status = 301;
    moved.contentType = "text/html; charset=UTF-8";
    moved.header("Location", target.url);
    moved.entity =
        ("<html><head><title>301 Moved Permanently</title></head><body><h1>Moved"
                + " Permanently</h1><p>The document has moved <a href=\""
                + target.url
                + "\">here</a>.</p></body></html>\n")
            .getBytes(StandardCharsets.US_ASCII);
    moved.traits.put("redirect_to", target.url);
    plan.add(moved);
  }
}
