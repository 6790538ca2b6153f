package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.CodeVersion;
import org.crawlsieve.jobs.publish.TinyRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rerun into the same output is a no-op only for the same config, inputs and code version: output
 * and completion markers left by another build are made again, so every row names the code that
 * made it.
 */
class RerunTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String YAML = "steps: [extract, language]\n";

  @Test
  void outputOfAnotherCodeVersionIsMadeAgain(@TempDir Path tmp) throws IOException {
    OutputLayout layout = new OutputLayout(tmp.resolve("run").toString());
    assertFalse(run(layout).fromEarlierRun());
    assertTrue(run(layout).fromEarlierRun(), "same config, inputs and code: nothing to do");

    rewriteCodeVersion(new File(layout.stats()));
    File[] markers = new File(layout.markers()).listFiles((d, n) -> n.endsWith(".json"));
    assertTrue(markers != null && markers.length > 0, "completion markers written");
    for (File marker : markers) {
      rewriteCodeVersion(marker);
    }
    RunStats redone = run(layout);
    assertFalse(redone.fromEarlierRun(), "stats of another build are not reused");
    assertEquals(CodeVersion.get(), redone.tree().get("code_version"));
    @SuppressWarnings("unchecked")
    Map<String, Object> inputs = (Map<String, Object>) redone.tree().get("inputs");
    assertEquals(0, ((Number) inputs.get("resumed_from_earlier_attempts")).intValue());
    assertEquals(
        1, ((Number) inputs.get("processed_this_attempt")).intValue(), "redone, not reused");
  }

  private static RunStats run(OutputLayout layout) {
    SparkSession spark = SparkTestSession.get();
    CrawlsieveConfig config = ConfigLoader.parse(YAML, "test");
    List<String> inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(TinyRun.warcs() + "/*.warc.gz", 0);
    // _work/ kept: its completion markers are what a resumed run would reuse
    return new PipelineRun(spark, config, layout, LateStages.of(config, layout))
        .keepWork(true)
        .run(inputs);
  }

  private static void rewriteCodeVersion(File json) throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(json);
    tree.put("code_version", "0.0.1+another-build");
    JSON.writeValue(json, tree);
    // Hadoop's local file system keeps a checksum beside each file it wrote
    Files.deleteIfExists(json.toPath().resolveSibling("." + json.getName() + ".crc"));
  }
}
