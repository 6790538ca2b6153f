package org.crawlsieve.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code s3:} and {@code http:} sections are as strict as the rest of the config. */
class StorageConfigTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "s3:\\n  endpiont: x|unknown key 'endpiont'",
        "s3:\\n  buckets:\\n    cc-bucket:\\n      credential: anonymous|unknown key 'credential'",
        "s3:\\n  credentials: guest|s3.credentials: unknown value 'guest'",
        "s3:\\n  committer: rename|s3.committer: unknown value 'rename'",
        "s3:\\n  retry_interval: 1 s|s3.retry_interval: bad duration",
        "s3:\\n  throttle_retry_interval: s|s3.throttle_retry_interval: bad duration",
        "s3:\\n  max_connections: 0|s3.max_connections must be > 0",
        "s3:\\n  buckets:\\n    Bad_Bucket:\\n      credentials: anonymous|is not a bucket name",
        "s3:\\n  buckets:\\n    mine:\\n      credentials: root|unknown value 'root'",
        "http:\\n  retries: -1|http.retries must be >= 0",
        "http:\\n  retry_interval_ms: 5000\\n  max_retry_interval_ms: 1000|must be >= http.retry",
        "http:\\n  timeout: 5|unknown key 'timeout'",
      })
  void rejects(String yaml, String message) {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ConfigLoader.parse(yaml.replace("\\n", "\n"), "t"));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "500ms, true",
    "1s, true",
    "2m, true",
    "0s, true",
    "1h, false",
    "ms, false",
    "1.5s, false",
    "-1s, false"
  })
  void durations(String value, boolean valid) {
    if (valid) {
      S3Config.duration("k", value);
    } else {
      assertThrows(ConfigException.class, () -> S3Config.duration("k", value));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "commoncrawl, true",
    "my.bucket-1, true",
    "ab, false",
    "UPPER, false",
    "under_score, false"
  })
  void bucketNames(String name, boolean valid) {
    assertEquals(valid, S3Config.isBucketName(name));
  }
}
