package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches of the per-record pass run two at a time, yet commit and fail one by one. */
class PerRecordPassTest {
  static final Path REPO = Path.of(System.getProperty("crawlsieve.repo", ".."));
  @TempDir static Path dir;
  static SparkSession spark;
  static List<String> inputs;
  static CrawlsieveConfig config;

  @BeforeAll
  static void setUp() throws IOException {
    spark = SparkTestSession.get();
    inputs =
        new InputResolver(spark.sparkContext().hadoopConfiguration(), "")
            .resolve(REPO.resolve("sample-warc") + "/*.warc.gz", 0);
    Path yaml = dir.resolve("one-file-batches.yaml");
    Files.writeString(yaml, "steps: [extract]\ninput:\n  batch_files: 1\n");
    config = ConfigLoader.load(yaml);
  }

  @Test
  void everyBatchCommitsWithItsOwnMarkerAndTheFoldersComeInBatchOrder() throws IOException {
    OutputLayout out = new OutputLayout(dir.resolve("ordered").toString());
    PerRecordPass.Result r = new PerRecordPass(spark, config, out, "hash-1").run(inputs);
    assertEquals(inputs.size(), r.filesProcessed());
    assertEquals(inputs.size(), r.batchDirs().size());
    Map<String, String> fileByDir = new TreeMap<>();
    File[] markers = new File(out.markers()).listFiles((d, n) -> n.endsWith(".json"));
    for (File m : markers) {
      JsonNode json = new ObjectMapper().readTree(m);
      assertEquals(1, json.path("files").size());
      fileByDir.put(json.path("dir").asText(), json.path("files").get(0).asText());
    }
    List<String> filesInDirOrder = new ArrayList<>();
    for (String d : r.batchDirs()) {
      filesInDirOrder.add(fileByDir.get(d));
      assertEquals(1, new File(d).list((x, n) -> n.equals("_SUCCESS")).length, d);
    }
    assertEquals(inputs, filesInDirOrder);
    // a second run over the same output finds every file done
    PerRecordPass.Result again = new PerRecordPass(spark, config, out, "hash-1").run(inputs);
    assertEquals(0, again.filesProcessed());
    assertEquals(Set.copyOf(r.batchDirs()), Set.copyOf(again.batchDirs()));
  }

  @Test
  void aFailingBatchFailsThePassAndLeavesNoMarker() throws IOException {
    OutputLayout out = new OutputLayout(dir.resolve("blocked").toString());
    // a plain file where the batches' parent folder should be: every batch's write fails
    Files.createDirectories(Path.of(out.stage1()).getParent());
    Files.writeString(Path.of(out.stage1()), "not a folder");
    PerRecordPass pass = new PerRecordPass(spark, config, out, "hash-2");
    assertThrows(RuntimeException.class, () -> pass.run(inputs));
    File[] markers = new File(out.markers()).listFiles((d, n) -> n.endsWith(".json"));
    assertFalse(markers != null && markers.length > 0, "no batch may claim to be done");
  }
}
