package org.crawlsieve.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The JSON-lines contract of the debugging subcommands: one JSON object per input line, one output
 * line per input line in the same order. A line that is not a JSON object, or whose processing
 * fails, gives {@code {"error": "...", "line": n}} (plus {@code id} when known) and the run goes
 * on. Blank lines are skipped.
 */
public final class JsonLines {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonLines() {}

  /** Runs {@code fn} over each line of {@code in}; returns the number of error lines. */
  public static int process(InputStream in, OutputStream out, Function<JsonNode, JsonNode> fn)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    PrintStream writer = new PrintStream(out, false, StandardCharsets.UTF_8);
    int errors = 0;
    long lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode result;
      JsonNode input = null;
      try {
        input = MAPPER.readTree(line);
        if (input == null || !input.isObject()) {
          throw new IllegalArgumentException("expected a JSON object");
        }
        result = fn.apply(input);
      } catch (JsonProcessingException e) {
        result = error("invalid JSON: " + e.getOriginalMessage(), lineNo, null);
        errors++;
      } catch (RuntimeException e) {
        result = error(String.valueOf(e.getMessage()), lineNo, input);
        errors++;
      }
      writer.println(MAPPER.writeValueAsString(result));
    }
    writer.flush();
    return errors;
  }

  private static JsonNode error(String message, long line, JsonNode input) {
    ObjectNode n = MAPPER.createObjectNode();
    if (input != null && input.has("id")) {
      n.set("id", input.get("id"));
    }
    n.put("error", message);
    n.put("line", line);
    return n;
  }

  /** A required string field, or an {@link IllegalArgumentException} naming it. */
  public static String requireText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string");
    }
    return v.asText();
  }

  /** An optional string field, or {@code fallback}. */
  public static String optText(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }
}
