package org.crawlsieve.jobs.storage;

/**
 * Retry and timeout settings of {@link RetryingHttpInputStream}.
 *
 * @param retries attempts after the first, per request
 * @param retryIntervalMs first wait, doubled per attempt
 * @param maxRetryIntervalMs cap on a wait (also on a server's Retry-After)
 * @param connectTimeoutMs connect timeout
 * @param readTimeoutMs longest silence while reading
 * @param userAgent User-Agent header
 */
public record HttpClientSettings(
    int retries,
    long retryIntervalMs,
    long maxRetryIntervalMs,
    int connectTimeoutMs,
    int readTimeoutMs,
    String userAgent) {

  /** The wait before retry number {@code attempt} (1-based), unless the server asked for more. */
  long backoffMs(int attempt, long retryAfterMs) {
    long exp = retryIntervalMs << Math.min(attempt - 1, 20);
    long wait = Math.min(maxRetryIntervalMs, exp < 0 ? maxRetryIntervalMs : exp);
    return Math.min(maxRetryIntervalMs, Math.max(wait, retryAfterMs));
  }
}
