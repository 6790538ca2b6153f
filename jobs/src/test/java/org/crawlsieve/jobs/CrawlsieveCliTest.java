package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CrawlsieveCliTest {

  /** Runs the CLI capturing stdout and stderr. */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = CrawlsieveCli.execute(args);
      return new Result(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  static Stream<String> subcommands() {
    return new CommandLine(new CrawlsieveCli()).getSubcommands().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void everySubcommandHasHelp(String name) {
    Result r = run(name, "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: crawlsieve " + name), r.out());
  }

  @Test
  void versionPrintsTheCodeVersion() {
    Result r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("crawlsieve "), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("run", "-i", "x", "-o", "y", "--bogus");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--bogus"), r.err());
  }

  @Test
  void badConfigIsOneLineAndExitCode2(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, "qualty: {}\n");
    Result r =
        run(
            "run",
            "--input",
            dir.toString(),
            "--output",
            dir.resolve("o").toString(),
            "--config",
            cfg.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("unknown key 'qualty'"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace for a user error: " + r.err());
  }

  @Test
  void missingConfigFileIsAUserError(@TempDir Path dir) {
    Result r = run("extract", "--config", dir.resolve("none.yaml").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("config file not found"), r.err());
  }
}
