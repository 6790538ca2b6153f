package org.crawlsieve.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for a Spark binary distribution: {@code SPARK_HOME/jars/} holds links to the jars of
 * the {@code spark-dist} module (Spark and its Hadoop client, nothing of crawlsieve, no
 * hadoop-aws). Master, Worker, executors and spark-submit all run on exactly these jars, plus the
 * shaded job jar for the application.
 */
final class SparkDistribution {
  final Path home;
  final String classpath;
  final Path jobJar;
  final Path repo;

  private SparkDistribution(Path home, String classpath, Path jobJar, Path repo) {
    this.home = home;
    this.classpath = classpath;
    this.jobJar = jobJar;
    this.repo = repo;
  }

  static SparkDistribution create(Path dir) throws IOException {
    Path cpFile = Path.of(System.getProperty("crawlsieve.sparkClasspath"));
    Path jobJar = Path.of(System.getProperty("crawlsieve.jobJar"));
    Path repo = Path.of(System.getProperty("crawlsieve.repo")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(cpFile) || !Files.isRegularFile(jobJar)) {
      throw new AssertionError(
          "run through make test-cluster (needs " + cpFile + " and " + jobJar + ")");
    }
    String classpath = Files.readString(cpFile).strip();
    Path jars = Files.createDirectories(dir.resolve("jars"));
    List<String> names = new ArrayList<>();
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, jar);
        names.add(jar.getFileName().toString());
      }
    }
    return new SparkDistribution(dir, classpath, jobJar, repo);
  }

  /** Environment for every Spark process: where the jars are, loopback only. */
  Map<String, String> env() {
    return Map.of(
        "SPARK_HOME", home.toString(),
        "SPARK_SCALA_VERSION", "2.13",
        "SPARK_LOCAL_IP", "127.0.0.1");
  }

  /** {@code spark-submit} of the shaded jar: sparkArgs, the jar, then crawlsieve's arguments. */
  Jvm submit(List<String> sparkArgs, List<String> appArgs, Map<String, String> extraEnv, Path log)
      throws IOException {
    List<String> args = new ArrayList<>(sparkArgs);
    args.add("--class");
    args.add("org.crawlsieve.jobs.CrawlsieveCli");
    args.add("--conf");
    args.add("spark.ui.enabled=false");
    args.add("--conf");
    args.add("spark.driver.host=127.0.0.1");
    args.add("--conf");
    args.add("spark.driver.bindAddress=127.0.0.1");
    args.add("--driver-memory");
    args.add("1g");
    args.add(jobJar.toString());
    args.addAll(appArgs);
    Map<String, String> env = new java.util.HashMap<>(env());
    env.putAll(extraEnv);
    return Jvm.start(classpath, "1g", "org.apache.spark.deploy.SparkSubmit", args, env, log);
  }
}
