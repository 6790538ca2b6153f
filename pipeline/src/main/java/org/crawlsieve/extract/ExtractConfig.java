package org.crawlsieve.extract;

import org.crawlsieve.config.Checks;

/**
 * Bounds and switches of the extraction step.
 *
 * @param minTextChars documents with less extracted text are dropped ({@code extract.empty})
 * @param maxTextChars extracted text is cut at this many characters (flag {@code
 *     extract.text_cut}); a Tika parse stops there
 * @param tikaMaxBytes non-HTML payloads larger than this are not parsed ({@code extract.too_large})
 * @param tikaTimeoutMillis per-record wall-clock limit of a Tika parse ({@code extract.timeout})
 * @param tikaMaxStuckThreads parse threads that may survive being stopped before Tika is switched
 *     off for the task ({@code extract.tika_disabled}); bounds the CPU a task can lose
 */
public record ExtractConfig(
    Integer minTextChars,
    Integer maxTextChars,
    Long tikaMaxBytes,
    Long tikaTimeoutMillis,
    Integer tikaMaxStuckThreads) {
  public ExtractConfig {
    minTextChars = minTextChars == null ? 1 : minTextChars;
    maxTextChars = maxTextChars == null ? 1_000_000 : maxTextChars;
    tikaMaxBytes = tikaMaxBytes == null ? 10L * 1024 * 1024 : tikaMaxBytes;
    tikaTimeoutMillis = tikaTimeoutMillis == null ? 10_000L : tikaTimeoutMillis;
    tikaMaxStuckThreads = tikaMaxStuckThreads == null ? 2 : tikaMaxStuckThreads;
    Checks.nonNegative("extract.min_text_chars", minTextChars);
    Checks.positive("extract.max_text_chars", maxTextChars);
    Checks.positive("extract.tika_max_bytes", tikaMaxBytes);
    Checks.positive("extract.tika_timeout_millis", tikaTimeoutMillis);
    Checks.positive("extract.tika_max_stuck_threads", tikaMaxStuckThreads);
  }

  public static ExtractConfig defaults() {
    return new ExtractConfig(null, null, null, null, null);
  }
}
