package org.crawlsieve.consent.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.consent.AgentList;
import org.crawlsieve.consent.Signal;
import org.crawlsieve.consent.TrainingPurpose;
import org.crawlsieve.consent.robots.AiPrefs;
import org.crawlsieve.consent.robots.RobotsParser;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.MetaTag;

/**
 * Reads the page-level signals of one page from its response headers and {@code <meta>} tags:
 * {@code noai} / {@code noimageai} in {@code X-Robots-Tag} and robots metas (also scoped to an
 * agent, {@code X-Robots-Tag: GPTBot: noai}, {@code <meta name="GPTBot" content="noai">}); TDMRep
 * from {@code /.well-known/tdmrep.json}, headers and metas (file &lt; header &lt; meta: the most
 * specific carrier present decides); the aipref {@code Content-Usage} header; the page licence.
 *
 * <p>{@code noimageai} is recorded but never an opt-out here: it reserves images, and this is a
 * text corpus. Signals scoped to an agent outside the list are recorded, not honoured.
 */
public final class PageSignalReader {
  /** Longest header or meta value read. */
  static final int MAX_VALUE = 4096;

  /** Robots-meta directives that take an argument after a colon, so are not agent scopes. */
  private static final Set<String> ARG_DIRECTIVES =
      Set.of("unavailable_after", "max-snippet", "max-image-preview", "max-video-preview");

  private final AgentList agents;

  public PageSignalReader(AgentList agents) {
    this.agents = agents;
  }

  /** Signals of a document ({@code Document.headers()}, {@code metaTags()}, {@code license}). */
  public List<Signal> read(Document doc, TdmRepFile wellKnown) {
    return read(doc.url(), doc.headers(), doc.metaTags(), doc.license(), wellKnown);
  }

  /**
   * @param url the page URL (for tdmrep.json locations)
   * @param headers HTTP response headers, names lower-cased
   * @param metas the page's meta tags, names lower-cased
   * @param license the page's licence URL, or null
   * @param wellKnown the origin's tdmrep.json, or null
   */
  public List<Signal> read(
      String url,
      Map<String, List<String>> headers,
      List<MetaTag> metas,
      String license,
      TdmRepFile wellKnown) {
    List<Signal> out = new ArrayList<>();
    for (String v : headers.getOrDefault("x-robots-tag", List.of())) {
      robotsDirectives(v, Signal.HEADER, null, out);
    }
    for (MetaTag m : metas) {
      String name = m.name() == null ? "" : m.name().strip().toLowerCase(Locale.ROOT);
      if (name.equals("robots")) {
        robotsDirectives(m.content(), Signal.META, "*", out);
      } else if (name.equals("x-robots-tag")) {
        robotsDirectives(m.content(), Signal.META, null, out);
      } else if (agents.contains(name)) {
        robotsDirectives(m.content(), Signal.META, listed(name), out);
      }
    }
    tdmRep(url, headers, metas, wellKnown, out);
    for (String v : headers.getOrDefault("content-usage", List.of())) {
      contentUsage(v, Signal.HEADER, out);
    }
    for (MetaTag m : metas) {
      if ("content-usage".equals(m.name())) {
        contentUsage(m.content(), Signal.META, out);
      }
    }
    if (license != null && !license.isBlank()) {
      out.add(new Signal(Signal.LICENSE, Signal.HTML, "*", bound(license), false));
    }
    return out;
  }

  /**
   * {@code noai, noimageai} or {@code Agent: noai}. {@code scope} null means the value may carry
   * its own agent prefix; otherwise it is the agent the carrier names.
   */
  private void robotsDirectives(String raw, String carrier, String scope, List<Signal> out) {
    if (raw == null) {
      return;
    }
    String value = bound(raw);
    String agent = scope == null ? "*" : scope;
    if (scope == null) {
      int colon = value.indexOf(':');
      if (colon > 0) {
        String prefix = value.substring(0, colon).strip();
        if (RobotsParser.isValidAgent(prefix)
            && !ARG_DIRECTIVES.contains(prefix.toLowerCase(Locale.ROOT))) {
          agent = agents.contains(prefix) ? listed(prefix) : prefix;
          value = value.substring(colon + 1);
        }
      }
    }
    boolean honoured = agent.equals("*") || agents.contains(agent);
    for (String d : value.split(",", 64)) {
      String directive = d.strip().toLowerCase(Locale.ROOT);
      if (directive.equals(Signal.NOAI)) {
        out.add(new Signal(Signal.NOAI, carrier, agent, directive, honoured));
      } else if (directive.equals(Signal.NOIMAGEAI)) {
        out.add(new Signal(Signal.NOIMAGEAI, carrier, agent, directive, false));
      }
    }
  }

  private static void tdmRep(
      String url,
      Map<String, List<String>> headers,
      List<MetaTag> metas,
      TdmRepFile wellKnown,
      List<Signal> out) {
    String[] reservation = new String[3];
    String[] policy = new String[3];
    String[] carriers = {Signal.WELL_KNOWN, Signal.HEADER, Signal.META};
    if (wellKnown != null) {
      TdmRepFile.Entry e = wellKnown.match(url);
      if (e != null) {
        reservation[0] = e.reservation();
        policy[0] = e.policy();
      }
    }
    reservation[1] = first(headers.get("tdm-reservation"));
    policy[1] = first(headers.get("tdm-policy"));
    for (MetaTag m : metas) {
      if ("tdm-reservation".equals(m.name()) && reservation[2] == null) {
        reservation[2] = m.content() == null ? null : m.content().strip();
      } else if ("tdm-policy".equals(m.name()) && policy[2] == null) {
        policy[2] = m.content() == null ? null : m.content().strip();
      }
    }
    int decisive = -1;
    for (int i = 0; i < 3; i++) {
      if (reservation[i] != null && (reservation[i].equals("0") || reservation[i].equals("1"))) {
        decisive = i;
      }
    }
    for (int i = 0; i < 3; i++) {
      if (reservation[i] != null) {
        boolean optout = i == decisive && reservation[i].equals("1");
        out.add(
            new Signal(Signal.TDM_RESERVATION, carriers[i], "*", bound(reservation[i]), optout));
      }
      if (policy[i] != null && !policy[i].isEmpty()) {
        out.add(new Signal(Signal.TDM_POLICY, carriers[i], "*", bound(policy[i]), false));
      }
    }
  }

  private static void contentUsage(String raw, String carrier, List<Signal> out) {
    if (raw == null) {
      return;
    }
    String value = bound(raw).strip();
    boolean refused = TrainingPurpose.refusedByContentUsage(AiPrefs.parse(value));
    out.add(new Signal(Signal.CONTENT_USAGE, carrier, "*", value, refused));
  }

  private String listed(String token) {
    for (String a : agents.agents()) {
      if (a.equalsIgnoreCase(token)) {
        return a;
      }
    }
    return token;
  }

  private static String first(List<String> values) {
    return values == null || values.isEmpty() ? null : values.get(0).strip();
  }

  private static String bound(String s) {
    return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) : s;
  }
}
