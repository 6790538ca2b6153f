package org.crawlsieve.dist;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A Spark standalone Master and one Worker on 127.0.0.1, each in its own JVM. */
final class StandaloneCluster implements AutoCloseable {
  final String masterUrl;
  private final Jvm master;
  private final Jvm worker;

  private StandaloneCluster(String masterUrl, Jvm master, Jvm worker) {
    this.masterUrl = masterUrl;
    this.master = master;
    this.worker = worker;
  }

  static StandaloneCluster start(SparkDistribution dist, Path dir, int cores, String memory)
      throws IOException, InterruptedException {
    int port = freePort();
    String url = "spark://127.0.0.1:" + port;
    Jvm master =
        Jvm.start(
            dist.classpath,
            "512m",
            "org.apache.spark.deploy.master.Master",
            List.of("--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", "0"),
            dist.env(),
            dir.resolve("master.log"));
    Jvm worker = null;
    try {
      master.awaitLog("I have been elected leader", 120);
      worker =
          Jvm.start(
              dist.classpath,
              "512m",
              "org.apache.spark.deploy.worker.Worker",
              List.of(
                  "--host",
                  "127.0.0.1",
                  "--cores",
                  Integer.toString(cores),
                  "--memory",
                  memory,
                  "--webui-port",
                  "0",
                  "--work-dir",
                  Files.createDirectories(dir.resolve("work")).toString(),
                  url),
              dist.env(),
              dir.resolve("worker.log"));
      worker.awaitLog("Successfully registered with master", 120);
      return new StandaloneCluster(url, master, worker);
    } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
      if (worker != null) {
        worker.close();
      }
      master.close();
      throw e;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Worker first (it takes its executors down), then the Master. */
  @Override
  public void close() {
    worker.close();
    master.close();
  }

  boolean allStopped() {
    return worker.stopped() && master.stopped();
  }
}
