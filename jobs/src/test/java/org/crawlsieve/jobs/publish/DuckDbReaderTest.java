package org.crawlsieve.jobs.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.crawlsieve.jobs.SparkTestSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An independent Parquet reader (DuckDB, through its npm package in a scratch directory under
 * target/) reads a published snapshot: every data file's row count and the column names must be
 * what the manifest says. Skips when node or npm cannot fetch the package.
 */
class DuckDbReaderTest {
  @TempDir static Path tmp;

  @Test
  void duckDbReadsTheRowsAndColumnsTheManifestPromises() throws Exception {
    Path scratch =
        Path.of(System.getProperty("crawlsieve.repo", "."), "jobs", "target", "duckdb-scratch");
    Files.createDirectories(scratch);
    if (!Files.isDirectory(scratch.resolve("node_modules/@duckdb/node-api"))) {
      int rc =
          exec(
                  scratch,
                  300,
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--silent",
                  "@duckdb/node-api")
              .code;
      Assumptions.assumeTrue(rc == 0, "npm could not install @duckdb/node-api");
    }
    Manifest m =
        new Publisher(SparkTestSession.get())
            .publish(TinyRun.runDir(), tmp.toString(), "duck", "1", 3_000, "other");
    Path snapshot = tmp.resolve("duck/1");
    Path script = scratch.resolve("count.mjs");
    Files.writeString(
        script,
        String.join(
            "\n",
            "import { DuckDBInstance } from '@duckdb/node-api';",
            "const db = await DuckDBInstance.create(':memory:');",
            "const c = await db.connect();",
            "for (const f of process.argv.slice(2)) {",
            "  const r = await c.runAndReadAll(`SELECT count(*)::BIGINT AS n FROM read_parquet('${f}')`);",
            "  const cols = await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${f}')`);",
            "  const names = cols.getRowObjects().map(o => o.column_name).join(',');",
            "  console.log(f + '\\t' + r.getRowObjects()[0].n + '\\t' + names);",
            "}",
            ""));
    List<String> cmd = new ArrayList<>(List.of("node", script.toString()));
    for (FileEntry f : m.dataFiles()) {
      cmd.add(snapshot.resolve(f.path()).toString());
    }
    Result r = exec(scratch, 120, cmd.toArray(new String[0]));
    assertEquals(0, r.code, r.output);
    List<String> lines = r.output.lines().filter(l -> l.contains("\t")).toList();
    assertEquals(m.dataFiles().size(), lines.size(), r.output);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> schema = (List<Map<String, Object>>) m.tree().get("schema");
    String expectedColumns =
        String.join(",", schema.stream().map(c -> (String) c.get("name")).toList());
    long total = 0;
    for (int i = 0; i < lines.size(); i++) {
      String[] parts = lines.get(i).split("\t");
      assertEquals(m.dataFiles().get(i).rows(), Long.parseLong(parts[1]), lines.get(i));
      assertEquals(expectedColumns, parts[2]);
      total += Long.parseLong(parts[1]);
    }
    assertEquals(m.documents(), total);
    assertEquals(
        List.of(),
        new SnapshotVerifier(new SnapshotFs(new Configuration()))
            .verify(new org.apache.hadoop.fs.Path(snapshot.toString())));
  }

  private record Result(int code, String output) {}

  private static Result exec(Path dir, int seconds, String... cmd)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("exec", ".log");
    Process p;
    try {
      p =
          new ProcessBuilder(cmd)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      Assumptions.abort(cmd[0] + " is not available: " + e.getMessage());
      throw e;
    }
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      Assumptions.abort(String.join(" ", cmd) + " did not finish in " + seconds + " s");
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
