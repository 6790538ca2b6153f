package org.crawlsieve.consent.robots;

import java.nio.charset.StandardCharsets;

/**
 * The octet form in which robots.txt patterns and URL paths are compared (RFC 9309, 2.2.2):
 * non-ASCII octets and controls are percent-encoded, percent-encoded unreserved characters are
 * decoded, and other escapes get upper-case hex, so {@code /a%7e}, {@code /a~} and {@code /a%7E}
 * compare equal while {@code %2F} stays distinct from {@code /}.
 */
public final class RobotsPaths {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private RobotsPaths() {}

  /**
   * The path, parameters and query of {@code url} (no scheme, authority or fragment), in compared
   * form; {@code /} when the URL has no path. A string without {@code ://} is taken as a path.
   */
  public static String pathOf(String url) {
    if (url == null) {
      return "/";
    }
    String u = url.strip();
    if (u.startsWith("<") && u.endsWith(">")) {
      u = u.substring(1, u.length() - 1);
    }
    int start = 0;
    int scheme = u.indexOf("://");
    if (scheme > 0 && isScheme(u, scheme)) {
      start = scheme + 3;
      while (start < u.length() && "/?#".indexOf(u.charAt(start)) < 0) {
        start++;
      }
    }
    int end = u.indexOf('#', start);
    String path = u.substring(start, end < 0 ? u.length() : end);
    if (path.isEmpty() || path.charAt(0) != '/') {
      path = "/" + path;
    }
    return normalise(path.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isScheme(String u, int end) {
    if (!Character.isLetter(u.charAt(0))) {
      return false;
    }
    for (int i = 1; i < end; i++) {
      char c = u.charAt(i);
      if (!(c < 0x80 && (Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A rule value as read from the file: each char is one octet of the file (ISO-8859-1 view), so
   * UTF-8 and legacy 8-bit bytes are both encoded octet by octet, as a crawler would send them.
   */
  public static String normaliseOctets(String latin1) {
    return normalise(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  static String normalise(byte[] in) {
    StringBuilder out = new StringBuilder(in.length + 8);
    for (int i = 0; i < in.length; i++) {
      int b = in[i] & 0xFF;
      if (b == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
        int v = hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]);
        if (isUnreserved(v)) {
          out.append((char) v);
        } else {
          appendEscape(out, v);
        }
        i += 2;
      } else if (b <= 0x20 || b >= 0x7F) {
        appendEscape(out, b);
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  private static void appendEscape(StringBuilder out, int b) {
    out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  private static boolean isHex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  private static int hexValue(byte b) {
    if (b <= '9') {
      return b - '0';
    }
    return (b | 0x20) - 'a' + 10;
  }
}
