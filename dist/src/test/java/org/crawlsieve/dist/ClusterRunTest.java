package org.crawlsieve.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.jobs.CrawlsieveCli;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The shaded job jar, submitted through spark-submit on a plain Spark class path, gives the same
 * documents and decisions as a local run of the same code: (a) on a real standalone cluster (Master
 * and Worker JVMs on 127.0.0.1), (b) reading from and writing to an S3-compatible server through
 * s3a, with the settings a user gives for Common Crawl's bucket (only the endpoint, path style and
 * credentials differ).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterRunTest {
  private static final String CRAWL = "CC-MAIN-2026-08";
  private static final String SEGMENT = "crawl-data/" + CRAWL + "/segments/1770000000000.00/warc/";
  private static final String ACCESS_KEY = "crawlsieve-test";
  private static final String SECRET_KEY = "crawlsieve-test-secret";

  private Path tmp;
  private SparkDistribution dist;
  private RunOutputs local;
  private SparkSession reader;

  @BeforeAll
  void localReferenceRun(@TempDir Path dir) throws IOException {
    tmp = dir;
    dist = SparkDistribution.create(tmp.resolve("spark-home"));
    Path out = tmp.resolve("local");
    int rc =
        CrawlsieveCli.execute(
            "run",
            "--input",
            sampleDir() + "/warc.paths",
            "--paths-prefix",
            sampleDir() + "/",
            "--output",
            out.toString(),
            "--config",
            dist.repo.resolve("conf/local.yaml").toString(),
            "--master",
            "local[2]");
    assertEquals(0, rc, "local reference run");
    reader =
        SparkSession.builder()
            .master("local[1]")
            .appName("read outputs")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
    local = RunOutputs.read(reader, out.toString());
    assertFalse(local.decisions().isEmpty(), "the sample gives decisions");
    assertFalse(local.documents().isEmpty(), "the sample keeps documents");
  }

  @AfterAll
  void stopReader() {
    if (reader != null) {
      reader.stop();
    }
  }

  @Test
  void standaloneClusterRunMatchesLocalRun() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("cluster"));
    Path out = dir.resolve("out");
    StandaloneCluster cluster = StandaloneCluster.start(dist, dir, 2, "3g");
    try {
      Jvm submit =
          dist.submit(
              List.of(
                  "--master",
                  cluster.masterUrl,
                  "--deploy-mode",
                  "client",
                  "--executor-memory",
                  "1500m",
                  "--total-executor-cores",
                  "2"),
              List.of(
                  "run",
                  "--input",
                  sampleDir() + "/warc.paths",
                  "--paths-prefix",
                  "file://" + sampleDir() + "/",
                  "--output",
                  out.toString(),
                  // the driver reads the config packed into the job jar: no local file needed
                  "--config",
                  "classpath:conf/local.yaml"),
              Map.of(),
              dir.resolve("submit.log"));
      assertEquals(0, submit.waitFor(900), () -> "spark-submit failed:\n" + submit.tail());
      assertTrue(
          Files.readString(dir.resolve("worker.log")).contains("Asked to launch executor"),
          "the work ran on the Worker's executor");
    } finally {
      cluster.close();
    }
    RunOutputs remote = RunOutputs.read(reader, out.toString());
    assertEquals(local.decisions(), remote.decisions(), "decisions");
    assertEquals(local.documents(), remote.documents(), "documents");
    assertTrue(cluster.allStopped(), "Master, Worker and executors stopped");
  }

  @Test
  void s3RunMatchesLocalRun() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("s3"));
    TransientNio2BlobStore store = new TransientNio2BlobStore();
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(store)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    try {
      awaitStarted(proxy);
      String endpoint = "http://127.0.0.1:" + proxy.getPort();
      uploadCommonCrawlLayout(store);
      store.createContainer("results");
      Path config = dir.resolve("s3.yaml");
      Files.writeString(config, userConfig(endpoint));
      String output = "s3a://results/crawlsieve/" + CRAWL;
      Jvm submit =
          dist.submit(
              List.of("--master", "local[2]"),
              List.of(
                  "run",
                  "--input",
                  "s3a://commoncrawl/crawl-data/" + CRAWL + "/warc.paths.gz",
                  "--output",
                  output,
                  "--config",
                  config.toString()),
              Map.of("AWS_ACCESS_KEY_ID", ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SECRET_KEY),
              dir.resolve("submit.log"));
      assertEquals(0, submit.waitFor(900), () -> "spark-submit failed:\n" + submit.tail());

      Configuration hadoop = reader.sparkContext().hadoopConfiguration();
      hadoop.set("fs.s3a.endpoint", endpoint);
      hadoop.set("fs.s3a.endpoint.region", "us-east-1");
      hadoop.set("fs.s3a.path.style.access", "true");
      hadoop.set("fs.s3a.access.key", ACCESS_KEY);
      hadoop.set("fs.s3a.secret.key", SECRET_KEY);
      RunOutputs remote = RunOutputs.read(reader, output);
      assertEquals(local.decisions(), remote.decisions(), "decisions");
      assertEquals(local.documents(), remote.documents(), "documents");

      FileSystem fs = FileSystem.get(URI.create(output), hadoop);
      String success = read(fs, output + "/decisions/_SUCCESS");
      assertTrue(
          success.contains("\"committer\"") && success.contains("magic"),
          "decisions/ committed by the S3A magic committer: " + success);
      assertTrue(fs.exists(new org.apache.hadoop.fs.Path(output + "/stats.json")), "stats.json");
    } finally {
      proxy.stop();
    }
  }

  @Test
  void httpsStyleInputWithRetriesMatchesLocalRun() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("http"));
    try (FlakyFileServer server = new FlakyFileServer(Path.of(sampleDir()), "/crawl-data/")) {
      Path out = dir.resolve("out");
      Jvm submit =
          dist.submit(
              List.of("--master", "local[2]"),
              List.of(
                  "run",
                  "--input",
                  server.base() + "/crawl-data/warc.paths.gz",
                  "--paths-prefix",
                  server.base() + "/crawl-data/",
                  "--output",
                  out.toString(),
                  "--config",
                  "classpath:conf/commoncrawl-https.yaml"),
              Map.of(),
              dir.resolve("submit.log"));
      assertEquals(0, submit.waitFor(900), () -> "spark-submit failed:\n" + submit.tail());
      assertTrue(server.faults.get() >= 6, "every WARC file was throttled once and cut once");
      RunOutputs remote = RunOutputs.read(reader, out.toString());
      assertEquals(local.decisions(), remote.decisions(), "decisions");
      assertEquals(local.documents(), remote.documents(), "documents");
    }
  }

  /** What a user writes for the real bucket, with only endpoint, path style and keys changed. */
  private static String userConfig(String endpoint) {
    return String.join(
        "\n",
        "input:",
        "  paths_prefix: s3a://commoncrawl/",
        "s3:",
        "  endpoint: " + endpoint + "        # real bucket: (none)",
        "  region: us-east-1",
        "  path_style_access: true           # real bucket: false",
        "  committer: magic",
        "  buckets:",
        "    commoncrawl:",
        "      credentials: default          # real bucket: anonymous",
        "");
  }

  /** sample-warc/ under Common Crawl's key layout, with a warc.paths.gz of relative keys. */
  private void uploadCommonCrawlLayout(TransientNio2BlobStore store) throws IOException {
    store.createContainer("commoncrawl");
    List<String> keys = new ArrayList<>();
    try (var files = Files.list(Path.of(sampleDir()))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".warc.gz")).sorted().toList()) {
        String key = SEGMENT + f.getFileName();
        put(store, "commoncrawl", key, Files.readAllBytes(f));
        keys.add(key);
      }
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((String.join("\n", keys) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    put(store, "commoncrawl", "crawl-data/" + CRAWL + "/warc.paths.gz", gz.toByteArray());
  }

  private static void put(TransientNio2BlobStore store, String bucket, String key, byte[] data) {
    store.putBlob(
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentLength((long) data.length)
            .build(),
        new ByteArrayInputStream(data));
  }

  private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
    for (int i = 0; i < 300 && !"STARTED".equals(proxy.getState()); i++) {
      Thread.sleep(100);
    }
    assertEquals("STARTED", proxy.getState(), "s3proxy state");
  }

  private static String read(FileSystem fs, String path) throws IOException {
    try (InputStream in = fs.open(new org.apache.hadoop.fs.Path(path))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String sampleDir() {
    return dist.repo.resolve("sample-warc").toString();
  }
}
