package org.crawlsieve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PiiCommandTest {

  /** Runs {@code crawlsieve pii} with {@code input} on stdin; returns stdout lines as JSON. */
  private static List<JsonNode> run(String input, String... args) throws Exception {
    InputStream in = System.in;
    PrintStream out = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      assertEquals(0, new CommandLine(new PiiCommand()).execute(args));
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(JsonLines.MAPPER.readTree(line));
    }
    return lines;
  }

  @Test
  void writesScrubbedTextCountsAndSpansPerLine() throws Exception {
    List<JsonNode> out =
        run(
            "{\"id\":\"a\",\"text\":\"Mail jane@example.com or call +1 415 555 2671.\"}\n"
                + "\n"
                + "{\"id\":\"b\",\"text\":\"nothing here\"}\n");
    assertEquals(2, out.size());
    JsonNode a = out.get(0);
    assertEquals("a", a.get("id").asText());
    assertEquals("Mail <EMAIL> or call <PHONE>.", a.get("text").asText());
    assertEquals(1, a.get("counts").get("EMAIL").asInt());
    assertEquals(1, a.get("counts").get("PHONE").asInt());
    assertEquals("EMAIL", a.get("spans").get(0).get("type").asText());
    assertEquals(5, a.get("spans").get(0).get("start").asInt());
    assertEquals(21, a.get("spans").get(0).get("end").asInt());
    assertEquals(30, a.get("spans").get(1).get("start").asInt());
    assertEquals(45, a.get("spans").get(1).get("end").asInt());
    assertEquals("nothing here", out.get(1).get("text").asText());
    assertEquals(0, out.get(1).get("counts").size());
    assertEquals(0, out.get(1).get("spans").size());
  }

  @Test
  void spanOffsetsCountCodePointsOfTheInput() throws Exception {
    // 😀 is one code point but two UTF-16 chars: offsets must count it once
    String text = "😀😀 jane@example.com";
    JsonNode line =
        run(JsonLines.MAPPER.writeValueAsString(java.util.Map.of("id", "x", "text", text))).get(0);
    JsonNode span = line.get("spans").get(0);
    assertEquals(3, span.get("start").asInt());
    assertEquals(19, span.get("end").asInt());
    int[] cps = text.codePoints().toArray();
    assertEquals("jane@example.com", new String(cps, 3, 16));
  }

  @Test
  void marksDocumentsThePiiStageWouldDrop() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      text.append("u").append(i).append("@example.com ");
    }
    JsonNode line =
        run(JsonLines.MAPPER.writeValueAsString(
                java.util.Map.of("id", "x", "text", text.toString())))
            .get(0);
    assertEquals("pii.too_many", line.get("decision").asText());
    assertEquals(6, line.get("counts").get("EMAIL").asInt());
  }

  @Test
  void badLinesGiveErrorObjectsAndTheRunGoesOn() throws Exception {
    List<JsonNode> out = run("not json\n{\"id\":\"n\"}\n{\"id\":\"ok\",\"text\":\"hi\"}\n");
    assertEquals(1, out.get(0).get("line").asInt());
    assertEquals("missing field 'text'", out.get(1).get("error").asText());
    assertEquals("hi", out.get(2).get("text").asText());
  }
}
