package org.crawlsieve.jobs.publish;

/** CSV fields (RFC 4180) that stay inert when a spreadsheet opens them. */
final class Csv {
  private Csv() {}

  /**
   * Quotes a field when it holds a comma or quote, prefixes {@code '} to one that starts like a
   * formula ({@code = + - @}, tab) and turns line breaks into spaces: the values come from the web.
   */
  static String field(String value) {
    // One record per line, so `verify` can count rows by lines.
    String v = value.replace('\n', ' ').replace('\r', ' ');
    if (!v.isEmpty() && "=+-@\t".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
