package org.crawlsieve.core;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;

/** Host and registered-domain extraction that never throws on malformed URLs. */
public final class Urls {
  private Urls() {}

  /**
   * Lower-cased host of {@code url}, or null. Tolerates URLs {@link URI} rejects (spaces, bad
   * escapes) by cutting the authority out by hand.
   */
  public static String host(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    if (u.startsWith("<") && u.endsWith(">")) {
      u = u.substring(1, u.length() - 1);
    }
    int scheme = u.indexOf("://");
    if (scheme < 0) {
      return null;
    }
    int start = scheme + 3;
    int end = start;
    while (end < u.length()) {
      char c = u.charAt(end);
      if (c == '/' || c == '?' || c == '#' || c == ' ') {
        break;
      }
      end++;
    }
    String authority = u.substring(start, end);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    String host;
    if (authority.startsWith("[")) {
      int close = authority.indexOf(']');
      host = close < 0 ? authority : authority.substring(0, close + 1);
    } else {
      int colon = authority.indexOf(':');
      host = colon < 0 ? authority : authority.substring(0, colon);
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.isEmpty() ? null : host.toLowerCase(Locale.ROOT);
  }

  /**
   * Registered domain (public suffix + one label) of a host, e.g. {@code news.bbc.co.uk →
   * bbc.co.uk}; the host itself for IP addresses and hosts under no known suffix.
   */
  public static String registeredDomain(String host) {
    if (host == null) {
      return null;
    }
    if (host.startsWith("[") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
      return host;
    }
    try {
      String d = EffectiveTldFinder.getAssignedDomain(host, true, false);
      return d == null ? host : d;
    } catch (RuntimeException e) {
      return host;
    }
  }

  /** {@code scheme://host[:port]}, the scope of a robots.txt file (RFC 9309), or null. */
  public static String origin(String url) {
    if (url == null) {
      return null;
    }
    String host = host(url);
    if (host == null) {
      return null;
    }
    String u = url.strip();
    if (u.startsWith("<")) {
      u = u.substring(1);
    }
    String scheme = u.substring(0, u.indexOf("://")).toLowerCase(Locale.ROOT);
    int port = -1;
    try {
      port = URI.create(u.replace(" ", "%20")).getPort();
    } catch (IllegalArgumentException e) {
      // unparseable URL: default port
    }
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
