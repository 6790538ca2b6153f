package org.crawlsieve.pii;

import java.util.List;
import java.util.Set;

/**
 * IPv4 addresses in dotted-quad form and IPv6 addresses (RFC 4291 text forms, including {@code ::}
 * compression and an embedded IPv4 tail), by default public ones only (see {@link IpRanges}).
 *
 * <p>Look-alikes that are not addresses: a dotted quad inside a longer dotted run ({@code
 * 1.2.3.4.5}, OIDs), glued to letters ({@code v1.2.3.4}), with an octet over 255 or a leading zero
 * ({@code 01.02.03.04}), or preceded by a version word ({@code version 1.2.3.4}, {@code build
 * 10.0.19041.1}: "version", "ver", "v", "release", "build", "firmware", "rev", "revision",
 * "kernel", "update", "patch", "tag", or a browser, OS or language name as in {@code Firefox
 * 2.0.0.16}). IPv6 needs the full eight groups or a {@code ::}, so times ({@code 12:30:45}) and MAC
 * addresses ({@code 00:1a:2b:3c:4d:5e}) never match.
 */
public final class IpDetector implements PiiDetector {
  public static final String NAME = "ip";

  private static final Set<String> VERSION_WORDS =
      Set.of(
          ("version ver v release build firmware rev revision kernel update patch versions "
                  + "versión tag firefox chrome safari opera thunderbird android ios windows macos "
                  + "linux python java php perl node ruby")
              .split(" "));

  /** Longest IPv6 text form (with an IPv4 tail) is 45 chars. */
  private static final int MAX_V6 = 45;

  private final boolean publicOnly;

  public IpDetector(boolean publicOnly) {
    this.publicOnly = publicOnly;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.IP;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.dottedQuad() || t.twoColons();
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    detectV4(text, out);
    detectV6(text, out);
  }

  private void detectV4(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Chars.isDigit(c)) {
        i++;
        continue;
      }
      char prev = Chars.at(text, i - 1);
      int end = (prev == '.' || Chars.isWordChar(prev)) ? -1 : parseV4(text, i);
      if (end > 0) {
        out.add(new PiiSpan(PiiType.IP, i, end, NAME));
        i = end;
      } else {
        while (i < n && Chars.isDigit(text.charAt(i))) {
          i++; // skip the whole digit run: every start is tried once, so the scan stays linear
        }
      }
    }
  }

  /** Parses a reportable dotted quad at {@code start}; returns its end or -1. */
  private int parseV4(String text, int start) {
    long value = 0;
    int pos = start;
    for (int octet = 0; octet < 4; octet++) {
      if (octet > 0) {
        if (Chars.at(text, pos) != '.') {
          return -1;
        }
        pos++;
      }
      int digitsStart = pos;
      int v = 0;
      while (pos < text.length() && Chars.isDigit(text.charAt(pos)) && pos - digitsStart < 4) {
        v = v * 10 + (text.charAt(pos) - '0');
        pos++;
      }
      int len = pos - digitsStart;
      if (len == 0 || len > 3 || v > 255 || (len > 1 && text.charAt(digitsStart) == '0')) {
        return -1;
      }
      value = (value << 8) | v;
    }
    char next = Chars.at(text, pos);
    if (Chars.isWordChar(next) || (next == '.' && Chars.isDigit(Chars.at(text, pos + 1)))) {
      return -1;
    }
    if (publicOnly && !IpRanges.isPublicV4(value)) {
      return -1;
    }
    String[] before = Chars.wordsBefore(text, start, 1, 24);
    if (before.length == 1 && VERSION_WORDS.contains(before[0])) {
      return -1;
    }
    return pos;
  }

  /**
   * Jumps from colon to colon; the run of hex digits, colons and dots around each is read once
   * (runs are disjoint), so the pass is linear however the text is built.
   */
  private void detectV6(String text, List<PiiSpan> out) {
    int n = text.length();
    int done = 0;
    int colon = text.indexOf(':');
    while (colon >= 0) {
      int start = colon;
      while (start > done && colon - start <= MAX_V6 && isV6Char(text.charAt(start - 1))) {
        start--;
      }
      int runEnd = colon;
      while (runEnd < n && runEnd - start <= MAX_V6 && isV6Char(text.charAt(runEnd))) {
        runEnd++;
      }
      boolean tooLong =
          runEnd - start > MAX_V6 || (start > done && isV6Char(text.charAt(start - 1)));
      if (tooLong) {
        while (runEnd < n && isV6Char(text.charAt(runEnd))) {
          runEnd++; // too long to be one address: skip the whole run
        }
      } else {
        candidate(text, start, runEnd, out);
      }
      done = runEnd;
      colon = text.indexOf(':', runEnd);
    }
  }

  /** Reports the run text[start, runEnd) of hex digits, colons and dots if it is an address. */
  private void candidate(String text, int start, int runEnd, List<PiiSpan> out) {
    if (text.charAt(start) == ':' && Chars.at(text, start + 1) != ':') {
      start++; // "addr:2001:db8::1": a single leading colon separates a label
    }
    int colons = 0;
    for (int k = start; k < runEnd; k++) {
      if (text.charAt(k) == ':') {
        colons++;
      }
    }
    if (colons < 2
        || Chars.isWordChar(Chars.at(text, start - 1))
        || Chars.isWordChar(Chars.at(text, runEnd))) {
      return;
    }
    int end = runEnd;
    // sentence punctuation after an address: "... at 2001:db8::1." or "(2001:db8::1:)"
    while (end > start && text.charAt(end - 1) == '.') {
      end--;
    }
    if (end - start >= 2 && text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
      end--;
    }
    int[] groups = parseV6(text, start, end);
    if (groups != null && (!publicOnly || IpRanges.isPublicV6(groups))) {
      out.add(new PiiSpan(PiiType.IP, start, end, NAME));
    }
  }

  private static boolean isV6Char(char c) {
    return Chars.isHex(c) || c == ':' || c == '.';
  }

  /** The eight groups of the IPv6 address text[start, end), or null when it is not one. */
  static int[] parseV6(String text, int start, int end) {
    String s = text.substring(start, end);
    int dc = s.indexOf("::");
    if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
      return null;
    }
    int[] head = dc >= 0 ? groups(s.substring(0, dc), false) : groups(s, true);
    int[] tail = dc >= 0 ? groups(s.substring(dc + 2), true) : new int[0];
    if (head == null || tail == null) {
      return null;
    }
    int total = head.length + tail.length;
    if ((dc < 0 && total != 8) || (dc >= 0 && total > 7)) {
      return null;
    }
    int[] out = new int[8];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(tail, 0, out, 8 - tail.length, tail.length);
    return out;
  }

  /** Colon-separated hex groups; the last may be an IPv4 tail when {@code v4Tail}. */
  private static int[] groups(String s, boolean v4Tail) {
    if (s.isEmpty()) {
      return new int[0];
    }
    String[] parts = s.split(":", -1);
    int[] out = new int[parts.length + 1];
    int k = 0;
    for (int p = 0; p < parts.length; p++) {
      String part = parts[p];
      if (part.indexOf('.') >= 0) {
        if (!v4Tail || p != parts.length - 1) {
          return null;
        }
        long v4 = v4(part);
        if (v4 < 0) {
          return null;
        }
        out[k++] = (int) (v4 >>> 16);
        out[k++] = (int) (v4 & 0xffff);
        continue;
      }
      if (part.isEmpty() || part.length() > 4) {
        return null;
      }
      out[k++] = Integer.parseInt(part, 16);
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private static long v4(String s) {
    String[] octets = s.split("\\.", -1);
    if (octets.length != 4) {
      return -1;
    }
    long v = 0;
    for (String o : octets) {
      if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Chars::isDigitInt)) {
        return -1;
      }
      int x = Integer.parseInt(o);
      if (x > 255) {
        return -1;
      }
      v = (v << 8) | x;
    }
    return v;
  }
}
