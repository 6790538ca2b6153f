package org.crawlsieve.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.core.Urls;

/**
 * An immutable URL/domain blocklist. List files hold one entry a line; blank lines and lines
 * starting with {@code #} are skipped. An entry containing {@code ://} is a URL, matched exactly
 * after {@link #normalizeUrl}; any other entry is a host or domain, matched with every subdomain
 * ({@code example.com} blocks {@code www.example.com}, not {@code badexample.com}).
 */
public final class Blocklist {
  /** Largest list file read (bounded input). */
  static final long MAX_FILE_BYTES = 256L << 20;

  private final Set<String> domains;
  private final Set<String> urls;

  private Blocklist(Set<String> domains, Set<String> urls) {
    this.domains = Set.copyOf(domains);
    this.urls = Set.copyOf(urls);
  }

  /** Reads every configured source; a missing or oversized file is a config error. */
  public static Blocklist load(BlocklistConfig config) {
    Set<String> domains = new HashSet<>();
    Set<String> urls = new HashSet<>();
    for (String file : config.files()) {
      for (String line : read(Path.of(file))) {
        add(line, domains, urls);
      }
    }
    config.domains().forEach(d -> add(d, domains, urls));
    config.urls().forEach(u -> add(u, domains, urls));
    return new Blocklist(domains, urls);
  }

  private static List<String> read(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ConfigException(
            "quality.blocklist.files: " + file + " is larger than " + MAX_FILE_BYTES + " bytes");
      }
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException("quality.blocklist.files: file not found: " + file);
    } catch (IOException e) {
      throw new ConfigException("quality.blocklist.files: cannot read " + file + ": " + e, e);
    }
  }

  private static void add(String entry, Set<String> domains, Set<String> urls) {
    String e = entry.strip();
    if (e.isEmpty() || e.startsWith("#")) {
      return;
    }
    if (e.contains("://")) {
      String u = normalizeUrl(e);
      if (u != null) {
        urls.add(u);
      }
    } else {
      String d = e.toLowerCase(Locale.ROOT);
      while (d.startsWith(".")) {
        d = d.substring(1);
      }
      if (d.endsWith(".")) {
        d = d.substring(0, d.length() - 1);
      }
      if (!d.isEmpty()) {
        domains.add(d);
      }
    }
  }

  public int size() {
    return domains.size() + urls.size();
  }

  /** The listed URL equal to {@code url} after normalisation, or null. */
  public String matchUrl(String url) {
    String u = normalizeUrl(url);
    return u != null && urls.contains(u) ? u : null;
  }

  /** The listed domain that {@code host} is or is under, or null. */
  public String matchHost(String host) {
    if (host == null || host.isEmpty()) {
      return null;
    }
    String h = host.toLowerCase(Locale.ROOT);
    while (true) {
      if (domains.contains(h)) {
        return h;
      }
      int dot = h.indexOf('.');
      if (dot < 0) {
        return null;
      }
      h = h.substring(dot + 1);
    }
  }

  /**
   * Scheme and host lower-cased, default port, fragment and a lone trailing {@code /} dropped; null
   * when the URL has no host.
   */
  static String normalizeUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    if (u.startsWith("<") && u.endsWith(">")) {
      u = u.substring(1, u.length() - 1);
    }
    int hash = u.indexOf('#');
    if (hash >= 0) {
      u = u.substring(0, hash);
    }
    String origin = Urls.origin(u);
    if (origin == null) {
      return null;
    }
    int schemeEnd = u.indexOf("://") + 3;
    int pathStart = schemeEnd;
    while (pathStart < u.length() && "/?".indexOf(u.charAt(pathStart)) < 0) {
      pathStart++;
    }
    String rest = u.substring(pathStart);
    if (rest.equals("/")) {
      rest = "";
    }
    return origin + rest;
  }
}
