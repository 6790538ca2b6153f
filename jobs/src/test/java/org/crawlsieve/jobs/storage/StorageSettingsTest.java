package org.crawlsieve.jobs.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code s3:} and {@code http:} sections as the Spark settings they stand for. */
class StorageSettingsTest {
  private static Map<String, String> settings(String yaml, String output) {
    CrawlsieveConfig c = ConfigLoader.parse(yaml, "test");
    return StorageSettings.of(c.s3(), c.http(), output);
  }

  @Test
  void commonCrawlPresetReadsAnonymouslyAndWritesWithTheDefaultChain() {
    Map<String, String> m =
        settings(
            "s3:\n  buckets:\n    commoncrawl:\n      credentials: anonymous\n", "s3a://mine/out");
    assertEquals(
        StorageSettings.ANONYMOUS,
        m.get("spark.hadoop.fs.s3a.bucket.commoncrawl.aws.credentials.provider"));
    assertNull(m.get("spark.hadoop.fs.s3a.aws.credentials.provider"), "Hadoop's chain stays");
    assertEquals("16", m.get("spark.hadoop.fs.s3a.connection.maximum"));
    assertEquals("30", m.get("spark.hadoop.fs.s3a.retry.throttle.limit"));
    assertEquals("1s", m.get("spark.hadoop.fs.s3a.retry.throttle.interval"));
    assertEquals("sequential", m.get("spark.hadoop.fs.s3a.experimental.input.fadvise"));
  }

  @ParameterizedTest(name = "{0} to {1}")
  @CsvSource({
    "magic, s3a://b/out, org.crawlsieve.jobs.storage.S3CommitProtocol, magic",
    "directory, s3a://b/out, org.crawlsieve.jobs.storage.S3CommitProtocol, directory",
    "file, s3a://b/out, , ",
    "magic, /tmp/out, , ",
    "magic, hdfs://nn/out, , ",
  })
  void committerOnlyForS3aOutputs(String committer, String output, String protocol, String name) {
    Map<String, String> m = settings("s3:\n  committer: " + committer + "\n", output);
    assertEquals(protocol, m.get("spark.sql.sources.commitProtocolClass"));
    assertEquals(name, m.get("spark.hadoop.fs.s3a.committer.name"));
  }

  @Test
  void s3CompatibleStoreSettings() {
    Map<String, String> m =
        settings(
            "s3:\n  endpoint: http://127.0.0.1:9000\n  path_style_access: true\n"
                + "  region: eu-west-1\n  requester_pays: true\n  credentials: aws_sdk\n",
            "/tmp/o");
    assertEquals("http://127.0.0.1:9000", m.get("spark.hadoop.fs.s3a.endpoint"));
    assertEquals("true", m.get("spark.hadoop.fs.s3a.path.style.access"));
    assertEquals("eu-west-1", m.get("spark.hadoop.fs.s3a.endpoint.region"));
    assertEquals("true", m.get("spark.hadoop.fs.s3a.requester.pays.enabled"));
    assertEquals(
        StorageSettings.AWS_SDK_CHAIN, m.get("spark.hadoop.fs.s3a.aws.credentials.provider"));
  }

  @Test
  void defaultsLeaveAwsEndpointAndAddressingToHadoop() {
    Map<String, String> m = settings("", "/tmp/o");
    assertFalse(m.containsKey("spark.hadoop.fs.s3a.endpoint"));
    assertFalse(m.containsKey("spark.hadoop.fs.s3a.path.style.access"));
    assertFalse(m.containsKey("spark.hadoop.fs.s3a.requester.pays.enabled"));
    assertEquals(HttpFileSystem.class.getName(), m.get("spark.hadoop.fs.https.impl"));
    assertEquals("20", m.get("spark.hadoop." + HttpFileSystem.RETRIES));
  }

  @Test
  void storageSectionsDoNotChangeTheConfigHash() {
    String plain = ConfigLoader.hash(ConfigLoader.parse("", "a"));
    String withS3 =
        ConfigLoader.hash(
            ConfigLoader.parse("s3:\n  endpoint: http://x:1\nhttp:\n  retries: 3\n", "b"));
    assertEquals(plain, withS3);
  }
}
