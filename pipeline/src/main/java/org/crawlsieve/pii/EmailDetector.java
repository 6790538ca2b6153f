package org.crawlsieve.pii;

import java.util.List;
import java.util.Set;

/**
 * Email addresses: {@code local@domain.tld}, and with {@code obfuscations} on also the common
 * written-out forms {@code name [at] example [dot] com}, {@code name(at)example.org}, {@code name
 * {at} example {dot} com} (the "at" must be bracketed; a bare "at" is ordinary English).
 *
 * <p>ASCII addresses only. The local part is at most 64 chars of {@code [A-Za-z0-9._%+-]}, the
 * domain at least two labels of {@code [A-Za-z0-9-]} (each at most 63, not starting or ending with
 * a hyphen), 253 chars in all, ending in an alphabetic TLD of 2 to 24 letters (or {@code xn--}).
 * Image and script names such as {@code logo@2x.png} are not addresses.
 */
public final class EmailDetector implements PiiDetector {
  public static final String NAME = "email";

  private static final int MAX_LOCAL = 64;
  private static final int MAX_LABEL = 63;
  private static final int MAX_DOMAIN = 253;

  /** Longest bracketed marker, e.g. "[ at ]": bounds the look-ahead at each bracket. */
  private static final int MAX_MARKER = 6;

  private static final Set<String> FILE_EXTENSIONS =
      Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "avif", "tif");

  private final boolean obfuscations;

  public EmailDetector(boolean obfuscations) {
    this.obfuscations = obfuscations;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.EMAIL;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.at() || (obfuscations && t.bracketedA());
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int markerEnd = -1;
      boolean obfuscated = false;
      if (c == '@') {
        markerEnd = i + 1;
      } else if (obfuscations && isOpenBracket(c)) {
        markerEnd = bracketedWord(text, i, "at");
        if (markerEnd < 0) {
          markerEnd = bracketedWord(text, i, "@");
        }
        obfuscated = markerEnd >= 0;
      }
      if (markerEnd < 0) {
        i++;
        continue;
      }
      int end = tryMatch(text, i, markerEnd, obfuscated, out);
      i = end > i ? end : markerEnd;
    }
  }

  /** Matches an address around the marker [atStart, atEnd); returns its end, or -1. */
  private int tryMatch(String text, int atStart, int atEnd, boolean obfuscated, List<PiiSpan> out) {
    int localEnd = obfuscated ? skipSpacesBack(text, atStart) : atStart;
    int localStart = localEnd;
    while (localStart > 0
        && localEnd - localStart <= MAX_LOCAL
        && isLocalChar(text.charAt(localStart - 1))) {
      localStart--;
    }
    if (localEnd - localStart > MAX_LOCAL) {
      return -1;
    }
    while (localStart < localEnd && text.charAt(localStart) == '.') {
      localStart++;
    }
    if (localStart == localEnd || text.charAt(localEnd - 1) == '.') {
      return -1;
    }
    int domainEnd = domain(text, obfuscated ? skipSpaces(text, atEnd) : atEnd, obfuscated);
    if (domainEnd < 0) {
      return -1;
    }
    out.add(new PiiSpan(PiiType.EMAIL, localStart, domainEnd, NAME));
    return domainEnd;
  }

  /**
   * Parses labels from {@code start}; returns the end of the domain (after its TLD) or -1. Stops at
   * the last label that makes a valid domain, so "a@example.com." ends before the final dot.
   */
  private int domain(String text, int start, boolean obfuscated) {
    int n = text.length();
    int pos = start;
    int labels = 0;
    int bestEnd = -1;
    while (pos < n && pos - start <= MAX_DOMAIN) {
      int labelEnd = pos;
      while (labelEnd < n && labelEnd - pos <= MAX_LABEL && isLabelChar(text.charAt(labelEnd))) {
        labelEnd++;
      }
      int len = labelEnd - pos;
      if (len == 0
          || len > MAX_LABEL
          || text.charAt(pos) == '-'
          || text.charAt(labelEnd - 1) == '-') {
        break;
      }
      labels++;
      int glued = labels >= 2 ? gluedWord(text, pos, labelEnd) : -1;
      if (glued > 0 && isTld(text, pos, glued)) {
        return glued - start <= MAX_DOMAIN ? glued : -1; // "blog@teufel.deHier": text lost a space
      }
      if (labels >= 2 && isTld(text, pos, labelEnd) && !isLabelChar(Chars.at(text, labelEnd))) {
        bestEnd = labelEnd;
      }
      int next = dot(text, labelEnd, obfuscated);
      if (next < 0) {
        break;
      }
      pos = next;
    }
    return bestEnd > 0 && bestEnd - start <= MAX_DOMAIN ? bestEnd : -1;
  }

  /** After a dot (or "[dot]", "(dot)", " dot " when obfuscated) at {@code i}: the next label. */
  private int dot(String text, int i, boolean obfuscated) {
    if (Chars.at(text, i) == '.') {
      return isLabelChar(Chars.at(text, i + 1)) ? i + 1 : -1;
    }
    if (!obfuscated) {
      return -1;
    }
    int j = skipSpaces(text, i);
    int after = isOpenBracket(Chars.at(text, j)) ? bracketedWord(text, j, "dot") : -1;
    if (after < 0 && j > i && Chars.matchesAt(text, j, "dot") && Chars.at(text, j + 3) == ' ') {
      after = j + 3;
    }
    if (after < 0) {
      return -1;
    }
    int k = skipSpaces(text, after);
    return isLabelChar(Chars.at(text, k)) ? k : -1;
  }

  /**
   * Where a lower-case label turns upper-case ("deHier"), the sign of a word glued on by text
   * extraction; -1 when it does not.
   */
  private static int gluedWord(String text, int start, int end) {
    for (int k = start + 2; k < end; k++) {
      char c = text.charAt(k);
      if (c >= 'A' && c <= 'Z') {
        char prev = text.charAt(k - 1);
        return prev >= 'a' && prev <= 'z' ? k : -1;
      }
    }
    return -1;
  }

  private static boolean isTld(String text, int start, int end) {
    int len = end - start;
    if (len >= 5 && Chars.matchesAt(text, start, "xn--")) {
      return true;
    }
    if (len < 2 || len > 24) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!Chars.isAsciiLetter(text.charAt(k))) {
        return false;
      }
    }
    return !FILE_EXTENSIONS.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
  }

  /** "[at]", "( at )", "{@}", … at {@code open}: returns the index after the closing bracket. */
  static int bracketedWord(String text, int open, String word) {
    char close = closing(text.charAt(open));
    int j = open + 1;
    int limit = Math.min(text.length(), open + MAX_MARKER + 1);
    while (j < limit && text.charAt(j) == ' ') {
      j++;
    }
    if (!Chars.matchesAt(text, j, word)) {
      return -1;
    }
    j += word.length();
    while (j < limit && text.charAt(j) == ' ') {
      j++;
    }
    return Chars.at(text, j) == close ? j + 1 : -1;
  }

  private static boolean isOpenBracket(char c) {
    return c == '[' || c == '(' || c == '{' || c == '<';
  }

  private static char closing(char open) {
    return switch (open) {
      case '[' -> ']';
      case '(' -> ')';
      case '{' -> '}';
      default -> '>';
    };
  }

  private static int skipSpaces(String text, int i) {
    int j = i;
    while (j < text.length() && j - i < 2 && text.charAt(j) == ' ') {
      j++;
    }
    return j;
  }

  private static int skipSpacesBack(String text, int i) {
    int j = i;
    while (j > 0 && i - j < 2 && text.charAt(j - 1) == ' ') {
      j--;
    }
    return j;
  }

  private static boolean isLocalChar(char c) {
    return Chars.isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isLabelChar(char c) {
    return Chars.isAsciiAlnum(c) || c == '-';
  }
}
