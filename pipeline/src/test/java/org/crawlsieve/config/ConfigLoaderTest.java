package org.crawlsieve.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

  @Test
  void emptyConfigGivesDefaults() {
    CrawlsieveConfig c = ConfigLoader.parse("", "t");
    assertEquals(Stages.ALL, c.steps());
    assertEquals("s3a://commoncrawl/", c.input().pathsPrefix());
    assertEquals(ConfigLoader.hash(CrawlsieveConfig.defaults()), ConfigLoader.hash(c));
  }

  @Test
  void unknownTopLevelKeyListsTheValidKeys() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("stpes: []", "t.yaml"));
    assertTrue(e.getMessage().contains("unknown key 'stpes'"), e.getMessage());
    assertTrue(e.getMessage().contains("steps"), e.getMessage());
    assertTrue(e.getMessage().contains("quality"), e.getMessage());
    assertTrue(e.getMessage().startsWith("t.yaml"), e.getMessage());
  }

  @Test
  void unknownNestedKeyNamesItsSection() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ConfigLoader.parse("input:\n  max_bytes: 3\n", "t"));
    assertTrue(e.getMessage().contains("'max_bytes'"), e.getMessage());
    assertTrue(e.getMessage().contains("in 'input'"), e.getMessage());
    assertTrue(e.getMessage().contains("max_record_bytes"), e.getMessage());
  }

  @Test
  void unknownStageListsTheValidStages() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ConfigLoader.parse("steps: [extract, qualty]", "t"));
    assertTrue(e.getMessage().contains("qualty"), e.getMessage());
    assertTrue(e.getMessage().contains(String.join(", ", Stages.ALL)), e.getMessage());
  }

  @Test
  void extractIsRequired() {
    assertThrows(ConfigException.class, () -> ConfigLoader.parse("steps: [pii]", "t"));
  }

  @Test
  void wrongTypeNamesTheKey() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.parse("input:\n  max_record_bytes: lots\n", "t"));
    assertTrue(e.getMessage().contains("max_record_bytes"), e.getMessage());
  }

  @Test
  void badValueIsOneLine() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> ConfigLoader.parse("output:\n  compression: lz9\n", "t"));
    assertTrue(e.getMessage().contains("lz9"), e.getMessage());
    assertTrue(e.getMessage().contains("zstd"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void recordBatchDefaultsTo32RecordsAnd16MegabytesAndMustBePositive() {
    InputConfig defaults = ConfigLoader.parse("{}", "t").input();
    assertEquals(32, defaults.recordBatch());
    assertEquals(16L << 20, defaults.recordBatchBytes());
    InputConfig one =
        ConfigLoader.parse("input:\n  record_batch: 1\n  record_batch_bytes: 1\n", "t").input();
    assertEquals(1, one.recordBatch());
    assertEquals(1L, one.recordBatchBytes());
    for (String bad : List.of("record_batch: 0", "record_batch_bytes: 0", "record_batch: -3")) {
      ConfigException e =
          assertThrows(ConfigException.class, () -> ConfigLoader.parse("input:\n  " + bad, "t"));
      assertTrue(e.getMessage().contains(bad.substring(0, bad.indexOf(':'))), e.getMessage());
    }
  }

  @Test
  void invalidYamlIsReported() {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse("a: [", "t"));
    assertTrue(e.getMessage().startsWith("t:"), e.getMessage());
  }

  @Test
  void missingFileIsReported(@TempDir Path dir) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.load(dir.resolve("none.yaml")));
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void hashChangesWithAnyValueAndIsStable() {
    String a = ConfigLoader.hash(ConfigLoader.parse("language:\n  sample_chars: 100\n", "t"));
    String b = ConfigLoader.hash(ConfigLoader.parse("language:\n  sample_chars: 101\n", "t"));
    String a2 = ConfigLoader.hash(ConfigLoader.parse("language: {sample_chars: 100}", "t"));
    assertNotEquals(a, b);
    assertEquals(a, a2);
    assertEquals(16, a.length());
  }

  @Test
  void canonicalJsonRoundTrips() {
    CrawlsieveConfig c =
        ConfigLoader.parse(
            "steps: [extract, pii]\nlanguage:\n  min_score_by_language: {en: 0.65}\n", "t");
    CrawlsieveConfig again = ConfigLoader.parse(ConfigLoader.canonicalJson(c), "json");
    assertEquals(c, again);
    assertEquals(List.of("extract", "pii"), again.steps());
  }

  static Stream<Path> shippedConfigs() throws IOException {
    Path conf = Path.of(System.getProperty("crawlsieve.repo", "..")).resolve("conf");
    return Files.list(conf).filter(p -> p.toString().endsWith(".yaml") && isRunConfig(p));
  }

  private static boolean isRunConfig(Path p) {
    try {
      String s = Files.readString(p);
      return s.lines().anyMatch(l -> l.startsWith("steps:"));
    } catch (IOException e) {
      return false;
    }
  }

  @ParameterizedTest
  @MethodSource("shippedConfigs")
  void everyShippedRunConfigIsValid(Path file) {
    CrawlsieveConfig c = ConfigLoader.load(file);
    assertTrue(c.enabled(Stages.EXTRACT));
  }
}
