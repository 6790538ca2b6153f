package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CrawlsieveCliTest {

  static CliRunner.Result run(String... args) {
    return CliRunner.run(args);
  }

  static Stream<String> subcommands() {
    return new CommandLine(new CrawlsieveCli()).getSubcommands().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void everySubcommandHasHelp(String name) {
    CliRunner.Result r = run(name, "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Usage: crawlsieve " + name), r.out());
  }

  @Test
  void versionPrintsTheCodeVersion() {
    CliRunner.Result r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("crawlsieve "), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRunner.Result r = run("run", "-i", "x", "-o", "y", "--bogus");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--bogus"), r.err());
  }

  @Test
  void badConfigIsOneLineAndExitCode2(@TempDir Path dir) throws IOException {
    Path cfg = dir.resolve("bad.yaml");
    Files.writeString(cfg, "qualty: {}\n");
    CliRunner.Result r =
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
    CliRunner.Result r = run("extract", "--config", dir.resolve("none.yaml").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("config file not found"), r.err());
  }
}
