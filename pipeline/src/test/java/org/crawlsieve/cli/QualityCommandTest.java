package org.crawlsieve.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class QualityCommandTest {
  private static final String GOOD =
      "The library in our town reopened this week after a long renovation that took two years.\\n"
          + "Visitors can now borrow books, use the new reading rooms and join weekly workshops.\\n"
          + "The building has a larger children's section and a quiet floor for students.\\n"
          + "Local historians helped to restore the original windows and the old oak staircase.\\n"
          + "The council said that the project stayed within its budget and finished on time.\\n"
          + "Opening hours have been extended to eight in the evening on most weekdays.";

  private static List<JsonNode> run(String input, String... args) throws Exception {
    InputStream in = System.in;
    PrintStream out = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      assertEquals(0, new CommandLine(new QualityCommand()).execute(args));
    } finally {
      System.setIn(in);
      System.setOut(out);
    }
    List<JsonNode> lines = new ArrayList<>();
    for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        lines.add(JsonLines.MAPPER.readTree(line));
      }
    }
    return lines;
  }

  @Test
  void oneOutputLinePerInputLineWithDecisionAndScores() throws Exception {
    String input =
        "{\"id\":\"good\",\"text\":\""
            + GOOD
            + "\",\"language\":\"en\"}\n"
            + "{\"id\":\"short\",\"text\":\"Too short to keep.\",\"language\":\"en\"}\n"
            + "{\"id\":\"nolang\",\"text\":\""
            + GOOD
            + "\"}\n"
            + "not json\n";
    List<JsonNode> out = run(input);
    assertEquals(4, out.size());

    JsonNode good = out.get(0);
    assertEquals("good", good.get("id").asText());
    assertTrue(good.get("keep").asBoolean());
    assertTrue(good.get("reason").isNull());
    assertTrue(good.get("scores").get("quality_score").asDouble() > 0.5);
    assertTrue(good.get("scores").has("gopher.word_count"));
    assertTrue(good.get("token_count").asInt() > 0);

    JsonNode dropped = out.get(1);
    assertFalse(dropped.get("keep").asBoolean());
    assertEquals("quality.gopher.word_count", dropped.get("reason").asText());
    assertEquals("quality.gopher_quality", dropped.get("step").asText());
    assertTrue(dropped.get("scores").has("gopher.dup_line_frac"));
    assertFalse(dropped.has("token_count"));

    assertEquals("en", out.get(2).get("language").asText());
    assertTrue(out.get(2).get("keep").asBoolean());
    assertTrue(out.get(3).has("error"));
  }

  @Test
  void withTextShowsTheTextAfterLineRemoval() throws Exception {
    String input =
        "{\"id\":\"x\",\"language\":\"en\",\"text\":\""
            + GOOD
            + "\\nPlease enable JavaScript.\"}\n";
    JsonNode out = run(input, "--with-text").get(0);
    assertEquals("quality.c4.lines_removed", out.get("reason").asText());
    assertTrue(out.get("keep").asBoolean());
    assertEquals(GOOD.replace("\\n", "\n"), out.get("text").asText());
  }
}
