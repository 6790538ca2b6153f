package org.crawlsieve.warc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a Common Crawl id ({@code CC-MAIN-2024-10}) in a path or a warcinfo field. */
public final class CrawlIds {
  private static final Pattern CRAWL = Pattern.compile("CC-(?:MAIN|NEWS)-\\d{4}-\\d{2}");

  private CrawlIds() {}

  /** The crawl id in {@code s}, or null. */
  public static String find(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = CRAWL.matcher(s);
    return m.find() ? m.group() : null;
  }
}
