package org.crawlsieve.config;

import java.util.Map;
import java.util.TreeMap;

/**
 * How the run talks to S3 through Hadoop s3a (YAML section {@code s3:}). The jobs module turns it
 * into {@code fs.s3a.*} settings; a {@code --conf spark.hadoop.fs.s3a.…} given on the command line
 * wins over the value derived here. Defaults suit Common Crawl's bucket: few connections per
 * client, slow retries on throttling (503 Slow Down), the S3A magic committer for output.
 *
 * @param credentials {@code default} (Hadoop's chain: fs.s3a keys, environment, instance role),
 *     {@code aws_sdk} (the AWS SDK's default chain: also profiles and web identity, e.g. EKS), or
 *     {@code anonymous} (unsigned requests, for public buckets)
 * @param endpoint S3 endpoint URL for S3-compatible stores; empty: AWS
 * @param region signing region; empty: Hadoop's default resolution
 * @param pathStyleAccess {@code http://host/bucket/key} instead of virtual-host addressing
 * @param requesterPays send the requester-pays header (the reader's account is billed)
 * @param maxConnections HTTP connections per client (per executor JVM and file system)
 * @param attempts attempts of the AWS SDK per request, before s3a's own retries
 * @param retryLimit s3a retries of a failed request (connection errors, 5xx)
 * @param retryInterval first wait between such retries (doubling), e.g. {@code 1s}, {@code 500ms}
 * @param throttleRetryLimit s3a retries of a throttled request (503 Slow Down)
 * @param throttleRetryInterval first wait after a throttled request (doubling)
 * @param committer output committer for s3a outputs: {@code magic}, {@code directory}, {@code
 *     partitioned} (safe on S3) or {@code file} (rename-based, for HDFS-like stores only)
 * @param buckets per-bucket overrides of credentials, endpoint, region, path style, requester pays
 *     (Hadoop's {@code fs.s3a.bucket.NAME.*}), e.g. anonymous for {@code commoncrawl} while writing
 *     to a private bucket with the default chain
 */
public record S3Config(
    String credentials,
    String endpoint,
    String region,
    Boolean pathStyleAccess,
    Boolean requesterPays,
    Integer maxConnections,
    Integer attempts,
    Integer retryLimit,
    String retryInterval,
    Integer throttleRetryLimit,
    String throttleRetryInterval,
    String committer,
    Map<String, Bucket> buckets) {

  public static final String[] CREDENTIALS = {"default", "aws_sdk", "anonymous"};
  public static final String[] COMMITTERS = {"magic", "directory", "partitioned", "file"};

  public S3Config {
    credentials = credentials == null ? "default" : credentials;
    Checks.oneOf("s3.credentials", credentials, CREDENTIALS);
    endpoint = endpoint == null ? "" : endpoint.strip();
    region = region == null ? "" : region.strip();
    pathStyleAccess = pathStyleAccess != null && pathStyleAccess;
    requesterPays = requesterPays != null && requesterPays;
    maxConnections = maxConnections == null ? 16 : maxConnections;
    Checks.positive("s3.max_connections", maxConnections);
    attempts = attempts == null ? 3 : attempts;
    Checks.positive("s3.attempts", attempts);
    retryLimit = retryLimit == null ? 10 : retryLimit;
    Checks.nonNegative("s3.retry_limit", retryLimit);
    retryInterval = retryInterval == null ? "1s" : retryInterval;
    duration("s3.retry_interval", retryInterval);
    throttleRetryLimit = throttleRetryLimit == null ? 30 : throttleRetryLimit;
    Checks.nonNegative("s3.throttle_retry_limit", throttleRetryLimit);
    throttleRetryInterval = throttleRetryInterval == null ? "1s" : throttleRetryInterval;
    duration("s3.throttle_retry_interval", throttleRetryInterval);
    committer = committer == null ? "magic" : committer;
    Checks.oneOf("s3.committer", committer, COMMITTERS);
    buckets = buckets == null ? Map.of() : Map.copyOf(new TreeMap<>(buckets));
    for (Map.Entry<String, Bucket> e : buckets.entrySet()) {
      if (!isBucketName(e.getKey())) {
        throw new ConfigException("s3.buckets: '" + e.getKey() + "' is not a bucket name");
      }
      if (e.getValue() == null) {
        throw new ConfigException("s3.buckets." + e.getKey() + ": empty override");
      }
      if (e.getValue().credentials() != null) {
        Checks.oneOf(
            "s3.buckets." + e.getKey() + ".credentials", e.getValue().credentials(), CREDENTIALS);
      }
    }
  }

  public static S3Config defaults() {
    return new S3Config(
        null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /**
   * Settings for one bucket; an absent key inherits the section's value.
   *
   * @param credentials as {@link S3Config#credentials()}
   */
  public record Bucket(
      String credentials,
      String endpoint,
      String region,
      Boolean pathStyleAccess,
      Boolean requesterPays) {}

  /** A Hadoop time duration: digits then {@code ms}, {@code s} or {@code m}. */
  static void duration(String key, String value) {
    int i = 0;
    while (i < value.length() && Character.isDigit(value.charAt(i))) {
      i++;
    }
    String unit = value.substring(i);
    if (i == 0 || i > 9 || !(unit.equals("ms") || unit.equals("s") || unit.equals("m"))) {
      throw new ConfigException(
          key + ": bad duration '" + value + "' (expected e.g. 500ms, 1s, 2m)");
    }
  }

  /** S3 bucket naming: 3 to 63 of lower-case letters, digits, dots and hyphens. */
  static boolean isBucketName(String name) {
    if (name == null || name.length() < 3 || name.length() > 63) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
