package org.crawlsieve.jobs.storage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crawlsieve.config.HttpConfig;
import org.crawlsieve.config.S3Config;

/**
 * The Spark settings that the {@code s3:} and {@code http:} config sections stand for: {@code
 * spark.hadoop.fs.s3a.*} for s3a, the crawlsieve HTTP file system and its retry settings, and for
 * an s3a output the S3A committer. The caller applies each only where the user did not set the key
 * on the command line ({@code --conf} wins).
 */
public final class StorageSettings {
  static final String ANONYMOUS = "org.apache.hadoop.fs.s3a.AnonymousAWSCredentialsProvider";
  static final String AWS_SDK_CHAIN =
      "software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider";
  static final String S3A_COMMITTER_FACTORY = "org.apache.hadoop.fs.s3a.commit.S3ACommitterFactory";
  private static final String H = "spark.hadoop.";

  private StorageSettings() {}

  /** Spark conf entries for {@code s3} and {@code http}, given where the output goes. */
  public static Map<String, String> of(S3Config s3, HttpConfig http, String output) {
    Map<String, String> m = new LinkedHashMap<>();
    s3a(
        m,
        "fs.s3a.",
        s3.credentials(),
        s3.endpoint(),
        s3.region(),
        s3.pathStyleAccess(),
        s3.requesterPays());
    m.put(H + "fs.s3a.connection.maximum", s3.maxConnections().toString());
    m.put(H + "fs.s3a.attempts.maximum", s3.attempts().toString());
    m.put(H + "fs.s3a.retry.limit", s3.retryLimit().toString());
    m.put(H + "fs.s3a.retry.interval", s3.retryInterval());
    m.put(H + "fs.s3a.retry.throttle.limit", s3.throttleRetryLimit().toString());
    m.put(H + "fs.s3a.retry.throttle.interval", s3.throttleRetryInterval());
    // A WARC file is read once, start to end: one long GET beats many ranged ones.
    m.put(H + "fs.s3a.experimental.input.fadvise", "sequential");
    for (Map.Entry<String, S3Config.Bucket> e : s3.buckets().entrySet()) {
      S3Config.Bucket b = e.getValue();
      s3a(
          m,
          "fs.s3a.bucket." + e.getKey() + ".",
          b.credentials(),
          b.endpoint(),
          b.region(),
          b.pathStyleAccess(),
          b.requesterPays());
    }
    if (isS3a(output)) {
      committer(m, s3.committer());
    }
    for (String scheme : new String[] {"http", "https"}) {
      m.put(H + "fs." + scheme + ".impl", HttpFileSystem.class.getName());
    }
    m.put(H + HttpFileSystem.RETRIES, http.retries().toString());
    m.put(H + HttpFileSystem.RETRY_INTERVAL_MS, http.retryIntervalMs().toString());
    m.put(H + HttpFileSystem.MAX_RETRY_INTERVAL_MS, http.maxRetryIntervalMs().toString());
    m.put(H + HttpFileSystem.CONNECT_TIMEOUT_MS, http.connectTimeoutMs().toString());
    m.put(H + HttpFileSystem.READ_TIMEOUT_MS, http.readTimeoutMs().toString());
    m.put(H + HttpFileSystem.USER_AGENT, http.userAgent());
    return m;
  }

  static boolean isS3a(String path) {
    return path.toLowerCase(Locale.ROOT).startsWith("s3a://");
  }

  private static void s3a(
      Map<String, String> m,
      String prefix,
      String credentials,
      String endpoint,
      String region,
      Boolean pathStyle,
      Boolean requesterPays) {
    if (credentials != null) {
      switch (credentials) {
        case "anonymous" -> m.put(H + prefix + "aws.credentials.provider", ANONYMOUS);
        case "aws_sdk" -> m.put(H + prefix + "aws.credentials.provider", AWS_SDK_CHAIN);
        default -> {
          // Hadoop's own chain; nothing to set at the top level. A bucket override back to the
          // default chain names Hadoop's list explicitly, as an empty value would inherit.
          if (!prefix.equals("fs.s3a.")) {
            m.put(
                H + prefix + "aws.credentials.provider",
                "org.apache.hadoop.fs.s3a.TemporaryAWSCredentialsProvider,"
                    + "org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider,"
                    + "software.amazon.awssdk.auth.credentials."
                    + "EnvironmentVariableCredentialsProvider,"
                    + "org.apache.hadoop.fs.s3a.auth.IAMInstanceCredentialsProvider");
          }
        }
      }
    }
    if (endpoint != null && !endpoint.isEmpty()) {
      m.put(H + prefix + "endpoint", endpoint);
    }
    if (region != null && !region.isEmpty()) {
      m.put(H + prefix + "endpoint.region", region);
    }
    if (pathStyle != null && (pathStyle || !prefix.equals("fs.s3a."))) {
      m.put(H + prefix + "path.style.access", pathStyle.toString());
    }
    if (requesterPays != null && (requesterPays || !prefix.equals("fs.s3a."))) {
      m.put(H + prefix + "requester.pays.enabled", requesterPays.toString());
    }
  }

  /**
   * S3 has no atomic rename, so the rename-based FileOutputCommitter is neither safe nor fast
   * there. The S3A committers upload task output as pending multipart uploads and complete them at
   * job commit; {@link S3CommitProtocol} binds Spark SQL's Parquet writes to them.
   */
  private static void committer(Map<String, String> m, String committer) {
    if (committer.equals("file")) {
      return;
    }
    m.put("spark.sql.sources.commitProtocolClass", S3CommitProtocol.class.getName());
    m.put(H + "mapreduce.outputcommitter.factory.scheme.s3a", S3A_COMMITTER_FACTORY);
    m.put(H + "fs.s3a.committer.name", committer);
    if (committer.equals("magic")) {
      m.put(H + "fs.s3a.committer.magic.enabled", "true");
    } else {
      // the run overwrites its own output directories (SaveMode.Overwrite)
      m.put(H + "fs.s3a.committer.staging.conflict-mode", "replace");
    }
  }
}
