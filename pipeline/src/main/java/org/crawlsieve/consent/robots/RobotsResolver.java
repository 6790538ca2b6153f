package org.crawlsieve.consent.robots;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves the robots.txt that governs a page from the captures available for its origin (and for
 * the targets its robots.txt redirects to): picks a capture by time mode, applies RFC 9309 status
 * semantics, follows up to {@code maxRedirects} redirects, recognises HTML error pages served as
 * robots.txt, and parses the body.
 *
 * <p>Keeps a small LRU cache of parsed files by capture, so many pages of one host parse its
 * robots.txt once. Not thread-safe: build one per task.
 */
public final class RobotsResolver {
  private static final int CACHE_SIZE = 256;

  private final RobotsParser parser;
  private final CaptureSelector selector;
  private final int maxRedirects;
  private final Map<String, RobotsTxt> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RobotsTxt> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  public RobotsResolver(RobotsParser parser, CaptureSelector selector, int maxRedirects) {
    this.parser = parser;
    this.selector = selector;
    this.maxRedirects = maxRedirects;
  }

  /**
   * @param pageUrl the page being judged
   * @param pageDate its fetch date (may be null)
   * @param pageCrawl its crawl id (may be null)
   * @param captures the captures of the page's origin's robots.txt and of any redirect targets, in
   *     any order (other URLs are ignored)
   */
  public RobotsResolution resolve(
      String pageUrl, Instant pageDate, String pageCrawl, Collection<RobotsCapture> captures) {
    Map<String, List<RobotsCapture>> byUrl = new HashMap<>();
    for (RobotsCapture c : captures) {
      byUrl.computeIfAbsent(RobotsCaptures.urlKey(c.url()), k -> new ArrayList<>()).add(c);
    }
    List<String> flags = new ArrayList<>();
    List<RobotsCapture> chain = new ArrayList<>();
    String robotsUrl = RobotsCaptures.robotsUrlFor(pageUrl);
    if (robotsUrl == null) {
      flags.add("robots.no_capture");
      return new RobotsResolution(RobotsResolution.Kind.NO_CAPTURE, null, chain, null, flags);
    }
    Set<String> seen = new HashSet<>();
    String key = RobotsCaptures.urlKey(robotsUrl);
    for (int hop = 0; ; hop++) {
      CaptureSelector.Choice choice = selector.select(byUrl.get(key), pageDate, pageCrawl);
      if (choice == null) {
        RobotsResolution.Kind kind =
            hop == 0 ? RobotsResolution.Kind.NO_CAPTURE : RobotsResolution.Kind.REDIRECT_UNCAPTURED;
        flags.add("robots." + kind.code());
        return new RobotsResolution(kind, last(chain), chain, null, flags);
      }
      RobotsCapture c = choice.capture();
      chain.add(c);
      seen.add(key);
      if (choice.afterPage() && !flags.contains("robots.capture_after_page")) {
        flags.add("robots.capture_after_page");
      }
      int status = c.status();
      if (status >= 300 && status < 400 && c.location() != null && !c.location().isBlank()) {
        String target = resolveLocation(c.url(), c.location());
        String next = target == null ? null : RobotsCaptures.urlKey(target);
        if (next == null || seen.contains(next) || hop + 1 > maxRedirects) {
          flags.add("robots.redirect_limit");
          return new RobotsResolution(RobotsResolution.Kind.REDIRECT_LIMIT, c, chain, null, flags);
        }
        if (!flags.contains("robots.redirected")) {
          flags.add("robots.redirected");
        }
        key = next;
        continue;
      }
      return finish(c, chain, flags);
    }
  }

  private RobotsResolution finish(RobotsCapture c, List<RobotsCapture> chain, List<String> flags) {
    int status = c.status();
    if (status >= 200 && status < 300) {
      RobotsTxt robots = parse(c);
      if (robots.groups().isEmpty() && looksLikeHtml(c.body())) {
        flags.add("robots.html_body");
        return new RobotsResolution(RobotsResolution.Kind.HTML_BODY, c, chain, null, flags);
      }
      if (robots.truncated() || c.bodyCut()) {
        flags.add("robots.truncated");
      }
      return new RobotsResolution(RobotsResolution.Kind.PARSED, c, chain, robots, flags);
    }
    if ((status >= 400 && status < 500 && status != 429) || (status >= 300 && status < 400)) {
      flags.add("robots.unavailable");
      return new RobotsResolution(RobotsResolution.Kind.UNAVAILABLE, c, chain, null, flags);
    }
    flags.add("robots.unreachable");
    return new RobotsResolution(RobotsResolution.Kind.UNREACHABLE, c, chain, null, flags);
  }

  /**
   * Parses a capture's body, from the cache when the same capture was parsed before. The key
   * includes a hash of the body, so captures sharing a record id (hand-made ones) never collide.
   */
  public RobotsTxt parse(RobotsCapture c) {
    String key = c.key() + "|" + c.body().length + "|" + java.util.Arrays.hashCode(c.body());
    RobotsTxt robots = cache.get(key);
    if (robots == null) {
      robots = parser.parse(c.body());
      cache.put(key, robots);
    }
    return robots;
  }

  /** The Location header resolved against the capture URL, or null when unusable. */
  public static String resolveLocation(String base, String location) {
    try {
      return URI.create(base.strip().replace(" ", "%20"))
          .resolve(location.strip().replace(" ", "%20"))
          .toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * True when a body starts like an HTML document (after blanks and a BOM), as servers that answer
   * every missing path with a 200 error page do.
   */
  public static boolean looksLikeHtml(byte[] body) {
    int n = Math.min(body.length, 2048);
    String head = new String(body, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    head = head.replace("\u00ef\u00bb\u00bf", "").strip();
    if (!head.startsWith("<")) {
      return false;
    }
    return head.startsWith("<!doctype html")
        || head.contains("<html")
        || head.contains("<head")
        || head.contains("<body")
        || head.contains("<title");
  }

  private static RobotsCapture last(List<RobotsCapture> chain) {
    return chain.isEmpty() ? null : chain.get(chain.size() - 1);
  }
}
