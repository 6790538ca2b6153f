package org.crawlsieve.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stage-1 Parquet: statistics are off exactly for {@link ParquetStatistics#UNIQUE_COLUMNS} (read
 * from the footer), and MinHash values handed to Spark as a primitive {@code long[]} are written
 * with the same Parquet schema as before (nullable list elements) and read back unchanged.
 */
class ParquetStatisticsTest {
  private final SparkSession spark = SparkTestSession.get();

  private static final StructType SCHEMA =
      new StructType()
          .add("language", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("warc_offset", DataTypes.LongType)
          .add("minhash", DataTypes.createArrayType(DataTypes.LongType));

  private Dataset<Row> table() {
    List<Row> rows = new ArrayList<>();
    Random random = new Random(5);
    for (int i = 0; i < 40; i++) {
      long[] minhash = new long[6];
      for (int k = 0; k < minhash.length; k++) {
        minhash[k] = random.nextInt() & 0xffffffffL;
      }
      rows.add(RowFactory.create("lang" + (i % 3), "text number " + i, (long) i * 1000, minhash));
    }
    rows.add(RowFactory.create("und", null, 7L, null));
    return spark.createDataFrame(rows, SCHEMA).coalesce(1);
  }

  @Test
  void uniqueColumnsAreWrittenWithoutStatistics(@TempDir Path dir) throws IOException {
    String plain = dir.resolve("plain").toString();
    String tuned = dir.resolve("tuned").toString();
    table().write().parquet(plain);
    ParquetStatistics.withoutUniqueStatistics(table().write()).parquet(tuned);
    Map<String, ColumnChunkMetaData> before = columns(plain);
    Map<String, ColumnChunkMetaData> after = columns(tuned);
    for (String column : List.of("text", "minhash.list.element")) {
      assertFalse(before.get(column).getStatistics().isEmpty(), column);
      assertNotNull(before.get(column).getColumnIndexReference(), column);
      assertTrue(after.get(column).getStatistics().isEmpty(), column);
      assertNull(after.get(column).getColumnIndexReference(), column);
    }
    for (String column : List.of("language", "warc_offset")) {
      assertFalse(after.get(column).getStatistics().isEmpty(), column);
      assertNotNull(after.get(column).getColumnIndexReference(), column);
    }
    // the same values either way
    assertEquals(
        spark.read().parquet(plain).orderBy("warc_offset").collectAsList(),
        spark.read().parquet(tuned).orderBy("warc_offset").collectAsList());
  }

  @Test
  void primitiveMinhashKeepsTheParquetSchemaAndValues(@TempDir Path dir) throws IOException {
    String out = dir.resolve("t").toString();
    table().write().parquet(out);
    Type element =
        footerSchemaField(out, "minhash").asGroupType().getType(0).asGroupType().getType(0);
    assertEquals(Type.Repetition.OPTIONAL, element.getRepetition());
    List<Row> back = spark.read().parquet(out).orderBy("warc_offset").collectAsList();
    List<Row> want = table().orderBy("warc_offset").collectAsList();
    assertEquals(want, back);
    assertEquals(6, back.get(0).getList(3).size());
    // a boxed Long[] (as stage 1 wrote before) gives the very same table
    List<Row> boxed = new ArrayList<>();
    for (Row r : want) {
      boxed.add(
          RowFactory.create(
              r.get(0),
              r.get(1),
              r.get(2),
              r.isNullAt(3) ? null : r.<Long>getList(3).toArray(new Long[0])));
    }
    assertEquals(want, spark.createDataFrame(boxed, SCHEMA).orderBy("warc_offset").collectAsList());
  }

  private static Path firstDataFile(String folder) throws IOException {
    try (var files = Files.list(Path.of(folder))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  private static ParquetFileReader open(String folder) throws IOException {
    return ParquetFileReader.open(
        HadoopInputFile.fromPath(
            new org.apache.hadoop.fs.Path(firstDataFile(folder).toUri()),
            new org.apache.hadoop.conf.Configuration()));
  }

  /** Column path -> its chunk in the first row group of the folder's first data file. */
  private static Map<String, ColumnChunkMetaData> columns(String folder) throws IOException {
    Map<String, ColumnChunkMetaData> out = new TreeMap<>();
    try (ParquetFileReader r = open(folder)) {
      for (ColumnChunkMetaData c : r.getFooter().getBlocks().get(0).getColumns()) {
        out.put(c.getPath().toDotString(), c);
      }
    }
    return out;
  }

  private static Type footerSchemaField(String folder, String name) throws IOException {
    try (ParquetFileReader r = open(folder)) {
      return r.getFooter().getFileMetaData().getSchema().getType(name);
    }
  }
}
