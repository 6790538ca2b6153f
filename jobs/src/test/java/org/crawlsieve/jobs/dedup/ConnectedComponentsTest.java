package org.crawlsieve.jobs.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectedComponentsTest {
  private static final StructType EDGES =
      new StructType()
          .add("src", DataTypes.StringType, false)
          .add("dst", DataTypes.StringType, false);
  private SparkSession spark;

  @BeforeAll
  void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("ConnectedComponentsTest")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  void stopSpark() {
    spark.stop();
  }

  private Map<String, String> roots(List<Row> edges, int maxIterations) {
    Map<String, String> out = new TreeMap<>();
    for (Row r :
        ConnectedComponents.roots(spark.createDataFrame(edges, EDGES), maxIterations)
            .collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  /** A 40-node path whose ids are shuffled along it, a triangle, and a lone edge. */
  @Test
  void everyNodePointsAtTheSmallestNodeOfItsComponent() {
    List<String> path = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      path.add(String.format("p%02d", i));
    }
    Collections.shuffle(path, new Random(3));
    List<Row> edges = new ArrayList<>();
    for (int i = 1; i < path.size(); i++) {
      edges.add(RowFactory.create(path.get(i - 1), path.get(i)));
    }
    edges.add(RowFactory.create("t3", "t1"));
    edges.add(RowFactory.create("t1", "t2"));
    edges.add(RowFactory.create("t2", "t3"));
    edges.add(RowFactory.create("a", "b"));
    edges.add(RowFactory.create("b", "a"));

    Map<String, String> expected = new TreeMap<>();
    for (String p : path) {
      if (!p.equals("p00")) {
        expected.put(p, "p00");
      }
    }
    expected.put("t2", "t1");
    expected.put("t3", "t1");
    expected.put("b", "a");
    assertEquals(expected, roots(edges, 100));
  }

  @Test
  void failsWhenTheRoundsRunOut() {
    List<Row> edges = new ArrayList<>();
    for (int i = 1; i < 64; i++) {
      edges.add(RowFactory.create(String.format("n%02d", i - 1), String.format("n%02d", i)));
    }
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class, () -> roots(edges, 1));
    assertEquals(
        "connected components did not converge in 1 rounds (dedup.max_iterations)", e.getMessage());
  }
}
