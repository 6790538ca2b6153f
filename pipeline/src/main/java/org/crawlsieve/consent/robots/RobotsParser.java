package org.crawlsieve.consent.robots;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses a robots.txt body per RFC 9309 without ever throwing: unknown or malformed lines are
 * counted and skipped. The body is read as octets (ISO-8859-1 view, UTF-16 with a BOM converted to
 * UTF-8) and cut to {@code maxBytes} at the last line break inside the bound, so a cut never
 * shortens a rule into a broader one.
 *
 * <p>Grouping: consecutive {@code user-agent} lines open a group; a {@code user-agent} line after a
 * group member ({@code allow}, {@code disallow}, {@code content-usage}, {@code content-signal})
 * opens a new one; other lines ({@code sitemap}, {@code crawl-delay}, unknown) neither end the
 * agent list nor join a group. Members before any {@code user-agent} line are ignored. Directive
 * names are case-insensitive, a few frequent misspellings are accepted, and a missing colon is
 * tolerated when a space separates a known directive from its value.
 */
public final class RobotsParser {
  /** RFC 9309 asks parsers to read at least 500 KiB. */
  public static final int DEFAULT_MAX_BYTES = 500 * 1024;

  /** Longest line kept (longer lines are cut: the longest URL browsers accept, times eight). */
  static final int MAX_LINE = 2083 * 8;

  /** Longest line text kept as evidence. */
  static final int MAX_EVIDENCE = 500;

  private static final Set<String> USER_AGENT = Set.of("user-agent", "useragent", "user agent");
  private static final Set<String> DISALLOW =
      Set.of("disallow", "dissallow", "dissalow", "disalow", "diasllow", "disallaw", "desallow");
  private static final Map<String, String> CANONICAL =
      Map.of(
          "allow", "allow",
          "sitemap", "sitemap",
          "site-map", "sitemap",
          "crawl-delay", "crawl-delay",
          "content-usage", "content-usage",
          "content-signal", "content-signal",
          "license", "license");

  private final int maxBytes;

  public RobotsParser(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0");
    }
    this.maxBytes = maxBytes;
  }

  public RobotsParser() {
    this(DEFAULT_MAX_BYTES);
  }

  public RobotsTxt parse(String body) {
    return parse(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  public RobotsTxt parse(byte[] body) {
    byte[] bytes = body == null ? new byte[0] : withoutBom(body);
    boolean truncated = false;
    int length = bytes.length;
    if (length > maxBytes) {
      truncated = true;
      length = maxBytes;
      for (int i = maxBytes - 1; i > 0; i--) {
        if (bytes[i] == '\n' || bytes[i] == '\r') {
          length = i;
          break;
        }
      }
    }
    String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    Builder b = new Builder(truncated);
    int lineNo = 0;
    int pos = 0;
    while (pos < text.length()) {
      int end = pos;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lineNo++;
      b.line(text.substring(pos, Math.min(end, pos + MAX_LINE)), lineNo);
      if (end < text.length()
          && text.charAt(end) == '\r'
          && end + 1 < text.length()
          && text.charAt(end + 1) == '\n') {
        end++;
      }
      pos = end + 1;
    }
    return b.build(lineNo);
  }

  private static byte[] withoutBom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return java.util.Arrays.copyOfRange(b, 3, b.length);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE)
          .getBytes(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE)
          .getBytes(StandardCharsets.UTF_8);
    }
    return b;
  }

  /** The product token of a user-agent value: {@code *}, or its leading [A-Za-z0-9_-] run. */
  static String agentToken(String value) {
    if (value.startsWith("*")) {
      return "*";
    }
    int end = 0;
    while (end < value.length() && isTokenChar(value.charAt(end))) {
      end++;
    }
    return value.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /**
   * True when {@code agent} is a product token we can look up: letters, digits, {@code -} and
   * {@code _}. RFC 9309 allows no digits, but real tokens have them (AI2Bot), so we accept them.
   */
  public static boolean isValidAgent(String agent) {
    if (agent == null || agent.isEmpty()) {
      return false;
    }
    if (agent.equals("*")) {
      return true;
    }
    for (int i = 0; i < agent.length(); i++) {
      if (!isTokenChar(agent.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  /** Directive name in canonical form, or null for an unknown one. */
  static String directive(String key) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    if (USER_AGENT.contains(k)) {
      return "user-agent";
    }
    if (DISALLOW.contains(k)) {
      return "disallow";
    }
    return CANONICAL.get(k);
  }

  /** Accumulates groups line by line. */
  private static final class Builder {
    private final boolean truncated;
    private final List<RobotsGroup> groups = new ArrayList<>();
    private final List<FileLine> licenses = new ArrayList<>();
    private final List<FileLine> sitemaps = new ArrayList<>();
    private List<String> agents;
    private List<RobotsRule> rules;
    private List<UsageLine> usage;
    private int groupLine;
    private boolean sawMember;
    private int directives;
    private int ignored;

    Builder(boolean truncated) {
      this.truncated = truncated;
    }

    void line(String raw, int lineNo) {
      int hash = raw.indexOf('#');
      String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
      if (line.isEmpty()) {
        return;
      }
      String key;
      String value;
      int colon = line.indexOf(':');
      String lower = line.toLowerCase(Locale.ROOT);
      if (colon >= 0) {
        key = line.substring(0, colon);
        value = line.substring(colon + 1).strip();
      } else if (lower.startsWith("user agent ") || lower.startsWith("user agent\t")) {
        key = "user agent";
        value = line.substring(10).strip();
      } else {
        // "user-agent FooBot": a known directive, whitespace, then the value
        int space = indexOfSpace(line);
        if (space < 0) {
          ignored++;
          return;
        }
        key = line.substring(0, space);
        value = line.substring(space).strip();
      }
      String directive = directive(key);
      if (directive == null) {
        ignored++;
        return;
      }
      directives++;
      String text = evidence(line);
      switch (directive) {
        case "user-agent" -> userAgent(value, lineNo);
        case "allow", "disallow" -> rule(directive.equals("allow"), value, lineNo, text);
        case "content-usage" -> usage(UsageLine.Kind.CONTENT_USAGE, value, lineNo, text);
        case "content-signal" -> usage(UsageLine.Kind.CONTENT_SIGNAL, value, lineNo, text);
        case "license" -> licenses.add(new FileLine(value, lineNo, text));
        case "sitemap" -> sitemaps.add(new FileLine(value, lineNo, text));
        default -> {
          // crawl-delay: no bearing on consent
        }
      }
    }

    private void userAgent(String value, int lineNo) {
      if (agents == null || sawMember) {
        close();
        agents = new ArrayList<>();
        rules = new ArrayList<>();
        usage = new ArrayList<>();
        groupLine = lineNo;
        sawMember = false;
      }
      String token = agentToken(value);
      if (!token.isEmpty() && !agents.contains(token)) {
        agents.add(token);
      }
    }

    private void rule(boolean allow, String value, int lineNo, String text) {
      if (agents == null) {
        ignored++;
        return;
      }
      sawMember = true;
      if (!value.isEmpty()) {
        PathPattern path = PathPattern.of(RobotsPaths.normaliseOctets(value));
        rules.add(new RobotsRule(allow, path, lineNo, text));
      }
    }

    private void usage(UsageLine.Kind kind, String value, int lineNo, String text) {
      if (agents == null) {
        ignored++;
        return;
      }
      sawMember = true;
      String path = "/";
      String prefs = value;
      if (value.startsWith("/") || value.startsWith("*")) {
        int space = indexOfSpace(value);
        path = space < 0 ? value : value.substring(0, space);
        prefs = space < 0 ? "" : value.substring(space).strip();
      }
      String decoded =
          new String(prefs.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      usage.add(
          new UsageLine(
              kind,
              PathPattern.of(RobotsPaths.normaliseOctets(path)),
              AiPrefs.parse(decoded),
              lineNo,
              text));
    }

    private void close() {
      if (agents != null && !agents.isEmpty()) {
        groups.add(new RobotsGroup(agents, rules, usage, groupLine));
      }
    }

    RobotsTxt build(int lines) {
      close();
      return new RobotsTxt(groups, licenses, sitemaps, directives, ignored, lines, truncated);
    }

    private static int indexOfSpace(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
          return i;
        }
      }
      return -1;
    }

    /** The line as UTF-8 text, bounded, for evidence. */
    private static String evidence(String raw) {
      String s = new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      s = s.strip();
      return s.length() > MAX_EVIDENCE ? s.substring(0, MAX_EVIDENCE) : s;
    }
  }

  /**
   * A file-level line ({@code License}, {@code Sitemap}).
   *
   * @param value the value as written
   * @param line 1-based line number
   * @param text the line as written
   */
  public record FileLine(String value, int line, String text) {}
}
