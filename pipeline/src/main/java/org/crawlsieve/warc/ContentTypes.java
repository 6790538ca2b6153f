package org.crawlsieve.warc;

import java.util.Locale;

/**
 * Lenient parsing of Content-Type values as servers really send them ({@code text/html;
 * charset="UTF-8"}, {@code text/html;charset=utf-8;}, bare charsets, junk).
 */
public final class ContentTypes {
  private ContentTypes() {}

  /** The media type without parameters, lower-cased; null when empty. */
  public static String mediaType(String header) {
    if (header == null) {
      return null;
    }
    int semi = header.indexOf(';');
    String t = (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    return t.isEmpty() ? null : t;
  }

  /** The charset parameter, unquoted and stripped; null when absent. */
  public static String charset(String header) {
    if (header == null) {
      return null;
    }
    String lower = header.toLowerCase(Locale.ROOT);
    int at = lower.indexOf("charset=");
    if (at < 0) {
      return null;
    }
    int start = at + "charset=".length();
    int end = start;
    while (end < header.length() && header.charAt(end) != ';' && header.charAt(end) != ',') {
      end++;
    }
    String cs = header.substring(start, end).strip();
    if (cs.length() >= 2 && (cs.startsWith("\"") || cs.startsWith("'"))) {
      cs = cs.substring(1, cs.endsWith(cs.substring(0, 1)) ? cs.length() - 1 : cs.length());
    }
    cs = cs.strip();
    return cs.isEmpty() ? null : cs;
  }
}
