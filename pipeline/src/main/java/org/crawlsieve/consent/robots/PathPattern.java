package org.crawlsieve.consent.robots;

import java.util.ArrayList;
import java.util.List;

/**
 * A robots.txt path pattern in compared form: {@code *} matches any run of octets, a final {@code
 * $} anchors the end, anything else is literal. Matching places each literal segment at its
 * leftmost possible position, which is optimal for a sequence of segments, so there is no
 * backtracking: the cost is bounded by path length times pattern length, never exponential.
 */
public final class PathPattern {
  private final String pattern;
  private final String[] segments;
  private final boolean anchored;

  private PathPattern(String pattern) {
    this.pattern = pattern;
    this.anchored = pattern.endsWith("$");
    String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || body.charAt(i) == '*') {
        parts.add(body.substring(from, i));
        from = i + 1;
      }
    }
    this.segments = parts.toArray(new String[0]);
  }

  /** A pattern from a value already in compared form ({@link RobotsPaths#normaliseOctets}). */
  public static PathPattern of(String normalised) {
    return new PathPattern(normalised);
  }

  /** The pattern as compared; its length in octets is the rule's priority. */
  public String pattern() {
    return pattern;
  }

  /** Priority of the pattern: its length in octets, wildcards included (RFC 9309, 2.2.2). */
  public int length() {
    return pattern.length();
  }

  /** True when the pattern matches {@code path} (a path in compared form) from its start. */
  public boolean matches(String path) {
    String first = segments[0];
    if (!path.startsWith(first)) {
      return false;
    }
    if (segments.length == 1) {
      return !anchored || path.length() == first.length();
    }
    int pos = first.length();
    int last = segments.length - 1;
    for (int i = 1; i < last; i++) {
      String s = segments[i];
      if (s.isEmpty()) {
        continue;
      }
      int at = path.indexOf(s, pos);
      if (at < 0) {
        return false;
      }
      pos = at + s.length();
    }
    String tail = segments[last];
    if (anchored) {
      return path.length() - tail.length() >= pos && path.endsWith(tail);
    }
    return tail.isEmpty() || path.indexOf(tail, pos) >= 0;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
