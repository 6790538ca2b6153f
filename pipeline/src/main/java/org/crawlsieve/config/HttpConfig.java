package org.crawlsieve.config;

/**
 * How WARC files and listings are read over HTTP(S) (YAML section {@code http:}), e.g. from {@code
 * https://data.commoncrawl.org/} outside AWS. Every failed or broken request is retried from the
 * byte it stopped at, waiting {@code retry_interval}, doubled per attempt up to {@code
 * max_retry_interval} (or what the server's Retry-After asks); Common Crawl asks for no more than
 * one retry per second.
 *
 * @param retries attempts after the first, per request
 * @param retryIntervalMs first wait between attempts, in milliseconds
 * @param maxRetryIntervalMs longest wait between attempts, in milliseconds
 * @param connectTimeoutMs TCP/TLS connect timeout, in milliseconds
 * @param readTimeoutMs longest silence while reading, in milliseconds
 * @param userAgent the User-Agent header sent
 */
public record HttpConfig(
    Integer retries,
    Long retryIntervalMs,
    Long maxRetryIntervalMs,
    Integer connectTimeoutMs,
    Integer readTimeoutMs,
    String userAgent) {

  public HttpConfig {
    retries = retries == null ? 20 : retries;
    Checks.nonNegative("http.retries", retries);
    retryIntervalMs = retryIntervalMs == null ? 1000L : retryIntervalMs;
    Checks.nonNegative("http.retry_interval_ms", retryIntervalMs);
    maxRetryIntervalMs = maxRetryIntervalMs == null ? 60_000L : maxRetryIntervalMs;
    Checks.nonNegative("http.max_retry_interval_ms", maxRetryIntervalMs);
    if (maxRetryIntervalMs < retryIntervalMs) {
      throw new ConfigException(
          "http.max_retry_interval_ms must be >= http.retry_interval_ms, got "
              + maxRetryIntervalMs);
    }
    connectTimeoutMs = connectTimeoutMs == null ? 30_000 : connectTimeoutMs;
    Checks.positive("http.connect_timeout_ms", connectTimeoutMs);
    readTimeoutMs = readTimeoutMs == null ? 60_000 : readTimeoutMs;
    Checks.positive("http.read_timeout_ms", readTimeoutMs);
    userAgent = userAgent == null ? "crawlsieve (+https://github.com/crawlsieve)" : userAgent;
    if (userAgent.isBlank() || userAgent.length() > 200) {
      throw new ConfigException("http.user_agent must be 1 to 200 characters");
    }
  }

  public static HttpConfig defaults() {
    return new HttpConfig(null, null, null, null, null, null);
  }
}
