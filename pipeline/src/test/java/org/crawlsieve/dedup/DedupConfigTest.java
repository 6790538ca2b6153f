package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DedupConfigTest {

  @Test
  void defaultsFollowFineWeb() {
    DedupConfig d = DedupConfig.defaults();
    assertEquals(5, d.shingleSize());
    assertEquals(14, d.bands());
    assertEquals(8, d.rows());
    assertEquals(112, d.hashes());
    assertEquals(List.of("highest_quality", "newest"), d.keepRule());
    assertEquals(List.of(), d.incrementalSignatures());
    assertEquals("estimated", d.verify());
    assertEquals(2, d.nearRounds());
    assertEquals(0.82, d.verifyThreshold());
  }

  @Test
  void readsSnakeCaseKeysFromYaml() {
    DedupConfig d =
        ConfigLoader.parse(
                "dedup:\n"
                    + "  shingle_size: 13\n"
                    + "  bands: 9\n"
                    + "  rows: 13\n"
                    + "  verify: none\n"
                    + "  keep_rule: [oldest, lowest_quality]\n"
                    + "  incremental_signatures: [/snap/v1/signatures]\n"
                    + "  near_rounds: 3\n",
                "test")
            .dedup();
    assertEquals(13, d.shingleSize());
    assertEquals(117, d.hashes());
    assertEquals("none", d.verify());
    assertEquals(List.of("oldest", "lowest_quality"), d.keepRule());
    assertEquals(List.of("/snap/v1/signatures"), d.incrementalSignatures());
    assertEquals(3, d.nearRounds());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "shingle_size: 0|dedup.shingle_size must be > 0",
        "bands: 0|dedup.bands must be > 0",
        "rows: -1|dedup.rows must be > 0",
        "bands: 100\\n  rows: 100|dedup.bands * dedup.rows must be <= 4096",
        "verify: exact|dedup.verify: unknown value 'exact'",
        "verify_threshold: 1.01|dedup.verify_threshold must be between 0 and 1",
        "keep_rule: [best]|dedup.keep_rule: unknown value 'best'",
        "keep_rule: [newest, oldest]|dedup.keep_rule: date is ranked twice",
        "max_iterations: 0|dedup.max_iterations must be > 0",
        "near_rounds: 0|dedup.near_rounds must be > 0",
        "shingles: 5|unknown key 'shingles'",
      })
  void rejectsBadValuesInOneLine(String yaml, String message) {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> ConfigLoader.parse("dedup:\n  " + yaml.replace("\\n", "\n") + "\n", "test"));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertEquals(-1, e.getMessage().indexOf('\n'), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"0.0", "1.0", "0.7"})
  void acceptsThresholdsAtTheEdges(double threshold) {
    DedupConfig d =
        new DedupConfig(
            null, null, null, null, null, null, null, null, null, null, threshold, null, null, null,
            null);
    assertEquals(threshold, d.verifyThreshold());
  }
}
