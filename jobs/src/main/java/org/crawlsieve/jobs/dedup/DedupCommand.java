package org.crawlsieve.jobs.dedup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.crawlsieve.cli.ConfigOption;
import org.crawlsieve.cli.JsonLines;
import org.crawlsieve.dedup.DedupConfig;
import org.crawlsieve.dedup.DedupSignature;
import org.crawlsieve.dedup.DedupSigner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code crawlsieve dedup}: JSON lines {@code {"id","text"}} (optional {@code "url"}, {@code
 * "quality_score"}) on stdin to {@code {"id","cluster","keep"}} per input line, in input order,
 * through the same {@link DedupSigner} and {@link Deduplicator} as the Spark run, in a local
 * SparkSession. {@code cluster} is the id of the document kept for the line's group; dropped lines
 * also get {@code "reason"}. Documents are ranked by input order where the keep rule ties, so the
 * first of equal documents is kept. The whole input is read before anything is written.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Group duplicate and near-duplicate documents given as JSON lines on stdin.",
      "Input per line: {\"id\", \"text\"} (optional \"url\", \"quality_score\");"
          + " output per line: {\"id\", \"cluster\", \"keep\"} (plus \"reason\" when dropped)."
    })
public final class DedupCommand implements Callable<Integer> {
  @Mixin ConfigOption config;

  @Option(
      names = "--master",
      defaultValue = "local[2]",
      description = "Spark master of the local session (default: ${DEFAULT-VALUE})")
  String master;

  @Override
  public Integer call() throws IOException {
    DedupConfig cfg = config.load().dedup();
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("crawlsieve dedup")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      return process(spark, cfg, System.in, System.out) == 0 ? 0 : 1;
    } finally {
      spark.stop();
    }
  }

  /** Runs the command over {@code in}; returns the number of error lines written. */
  static int process(SparkSession spark, DedupConfig cfg, InputStream in, OutputStream out)
      throws IOException {
    DedupSigner signer = new DedupSigner(cfg);
    List<JsonNode> results = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Map<String, String> userIds = new HashMap<>();
    Map<String, Integer> slot = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int errors = 0;
    long lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode input = null;
      try {
        input = JsonLines.MAPPER.readTree(line);
        if (input == null || !input.isObject()) {
          throw new IllegalArgumentException("expected a JSON object");
        }
        String id = JsonLines.requireText(input, "id");
        String text = JsonLines.requireText(input, "text");
        JsonNode q = input.get("quality_score");
        if (q != null && !q.isNull() && !q.isNumber()) {
          throw new IllegalArgumentException("field 'quality_score' must be a number");
        }
        // line numbers as internal ids: unique even when the input repeats an id, and "smallest
        // id" breaks ties by input order
        String key = String.format(Locale.ROOT, "%019d", lineNo);
        DedupSignature s = signer.sign(text);
        List<Long> minhash = new ArrayList<>();
        for (long v : s.minhash()) {
          minhash.add(v);
        }
        rows.add(
            RowFactory.create(
                key,
                JsonLines.optText(input, "url", null),
                null,
                s.textHash(),
                minhash,
                q == null || q.isNull() ? null : q.asDouble()));
        userIds.put(key, id);
        slot.put(key, results.size());
        results.add(null);
      } catch (JsonProcessingException e) {
        results.add(error("invalid JSON: " + e.getOriginalMessage(), lineNo, null));
        errors++;
      } catch (IllegalArgumentException e) {
        results.add(error(e.getMessage(), lineNo, input));
        errors++;
      }
    }
    if (!rows.isEmpty()) {
      List<Row> decided =
          new Deduplicator()
              .apply(spark, spark.createDataFrame(rows, Deduplicator.CANDIDATE_SCHEMA), cfg)
              .collectAsList();
      for (Row r : decided) {
        String key = r.getString(0);
        String reason = r.getString(1);
        String kept = reason == null ? key : r.getString(2);
        ObjectNode o = JsonLines.MAPPER.createObjectNode();
        o.put("id", userIds.get(key));
        o.put("cluster", userIds.get(kept));
        o.put("keep", reason == null);
        if (reason != null) {
          o.put("reason", reason);
        }
        results.set(slot.get(key), o);
      }
    }
    PrintStream writer = new PrintStream(out, false, StandardCharsets.UTF_8);
    for (JsonNode r : results) {
      writer.println(JsonLines.MAPPER.writeValueAsString(r));
    }
    writer.flush();
    return errors;
  }

  private static JsonNode error(String message, long line, JsonNode input) {
    ObjectNode n = JsonLines.MAPPER.createObjectNode();
    if (input != null && input.has("id")) {
      n.set("id", input.get("id"));
    }
    n.put("error", message);
    n.put("line", line);
    return n;
  }
}
