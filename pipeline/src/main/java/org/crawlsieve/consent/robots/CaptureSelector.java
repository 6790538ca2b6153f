package org.crawlsieve.consent.robots;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the capture of one URL that judges a page, by {@link TimeMode}. Deterministic: ties on date
 * are broken by capture key, never by input order.
 *
 * @param mode the time mode
 * @param crawl retroactive mode only: use captures of this crawl (null: any crawl)
 */
public record CaptureSelector(TimeMode mode, String crawl) {
  private static final Comparator<RobotsCapture> BY_DATE =
      Comparator.comparing(
              RobotsCapture::fetchDate, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
          .thenComparing(RobotsCapture::key);

  /** The chosen capture, or null; {@link Choice#afterPage()} when it postdates the page. */
  public Choice select(List<RobotsCapture> captures, Instant pageDate, String pageCrawl) {
    if (captures == null || captures.isEmpty()) {
      return null;
    }
    if (mode == TimeMode.RETROACTIVE) {
      RobotsCapture latest =
          captures.stream()
              .filter(c -> crawl == null || crawl.equals(c.crawl()))
              .max(BY_DATE)
              .orElse(null);
      return latest == null ? null : new Choice(latest, isAfter(latest, pageDate));
    }
    List<RobotsCapture> sameCrawl =
        captures.stream()
            .filter(c -> pageCrawl == null || c.crawl() == null || pageCrawl.equals(c.crawl()))
            .sorted(BY_DATE)
            .toList();
    if (sameCrawl.isEmpty()) {
      return null;
    }
    if (pageDate == null) {
      return new Choice(sameCrawl.get(0), false);
    }
    RobotsCapture before = null;
    for (RobotsCapture c : sameCrawl) {
      if (c.fetchDate() == null || !c.fetchDate().isAfter(pageDate)) {
        before = c;
      }
    }
    if (before != null) {
      return new Choice(before, false);
    }
    return new Choice(sameCrawl.get(0), true);
  }

  private static boolean isAfter(RobotsCapture c, Instant pageDate) {
    return pageDate != null && c.fetchDate() != null && c.fetchDate().isAfter(pageDate);
  }

  /**
   * A selected capture.
   *
   * @param capture the capture
   * @param afterPage true when it was fetched after the page
   */
  public record Choice(RobotsCapture capture, boolean afterPage) {}
}
