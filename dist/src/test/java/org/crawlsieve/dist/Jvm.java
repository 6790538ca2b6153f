package org.crawlsieve.dist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Child JVMs for the cluster tests: started with a class path, logged to a file, always killed. */
final class Jvm implements AutoCloseable {
  /** What Spark's launcher passes on Java 17 (Kryo and Spark reflect into java.base). */
  static final List<String> OPENS =
      List.of(
          "-XX:+IgnoreUnrecognizedVMOptions",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED");

  final Process process;
  final Path log;
  private List<ProcessHandle> children = List.of();

  private Jvm(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static Jvm start(
      String classpath,
      String heap,
      String mainClass,
      List<String> args,
      Map<String, String> env,
      Path log)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.add("-XX:+UseSerialGC");
    cmd.addAll(OPENS);
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().putAll(env);
    return new Jvm(pb.start(), log);
  }

  /** Waits for the JVM to exit; kills it after {@code seconds}. */
  int waitFor(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      close();
      throw new AssertionError("timed out after " + seconds + " s; log " + log + ":\n" + tail());
    }
    return process.exitValue();
  }

  /** Waits until the log shows {@code marker}; fails when the JVM dies or time runs out. */
  void awaitLog(String marker, long seconds) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.readString(log).contains(marker)) {
        return;
      }
      if (!process.isAlive()) {
        throw new AssertionError("exited before '" + marker + "'; log " + log + ":\n" + tail());
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no '" + marker + "' after " + seconds + " s; log:\n" + tail());
  }

  String tail() {
    try {
      String s = Files.readString(log);
      return s.length() > 6000 ? s.substring(s.length() - 6000) : s;
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** After {@link #close}: the JVM and every process it had started are gone. */
  boolean stopped() {
    return !process.isAlive() && children.stream().noneMatch(ProcessHandle::isAlive);
  }

  /** Stops the JVM and every process it started (a Worker's executors), by PID. */
  @Override
  public void close() {
    children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      awaitExit(child);
    }
  }

  /** SIGTERM was sent; give the process 20 s to exit, then kill it and wait 10 s more. */
  private static void awaitExit(ProcessHandle p) {
    try {
      try {
        p.onExit().get(20, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        p.destroyForcibly();
        p.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (TimeoutException | ExecutionException e) {
      // stopped() reports it
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
