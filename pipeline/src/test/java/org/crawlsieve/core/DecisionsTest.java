package org.crawlsieve.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionsTest {

  @Test
  void firstExclusionDecides() {
    Decision d =
        Decisions.decisive(
            List.of(
                Decision.keep("extract"),
                Decision.modify("pii", "pii.replaced", Map.of()),
                Decision.drop("quality", "quality.x", Map.of()),
                Decision.drop("dedup", "dedup.exact", Map.of())),
            "pipeline");
    assertEquals("quality.x", d.reason());
  }

  @Test
  void modifyWithoutExclusionDecides() {
    Decision d =
        Decisions.decisive(
            List.of(Decision.keep("a"), Decision.modify("pii", "pii.replaced", Map.of())), "p");
    assertEquals(Verdict.MODIFY, d.verdict());
  }

  @Test
  void allKeepGivesKeep() {
    Decision d = Decisions.decisive(List.of(Decision.keep("a")), "pipeline");
    assertEquals(Verdict.KEEP, d.verdict());
    assertEquals("pipeline", d.step());
  }

  @Test
  void nonKeepNeedsAReason() {
    assertThrows(
        IllegalArgumentException.class, () -> new Decision("s", Verdict.DROP, null, null, null));
  }

  @Test
  void decisionMapsAreImmutableAndSorted() {
    Decision d = Decision.drop("s", "s.r", Map.of("b", 2.0, "a", 1.0), Map.of("z", "1"));
    assertEquals(List.of("a", "b"), List.copyOf(d.scores().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> d.scores().put("c", 3.0));
  }

  @Test
  void documentBuilderRoundTrips() {
    Document doc =
        Document.builder()
            .id("<urn:uuid:1>")
            .url("http://a.example/")
            .text("t")
            .language("en", 0.9)
            .score("x", 1.0)
            .flag("f")
            .flag("f")
            .headers(Map.of("content-type", List.of("text/html")))
            .build();
    Document copy = doc.toBuilder().build();
    assertEquals(doc, copy);
    assertEquals(List.of("f"), doc.flags());
    assertEquals(List.of("text/html"), doc.header("Content-Type"));
    assertThrows(UnsupportedOperationException.class, () -> doc.scores().put("y", 2.0));
  }

  @Test
  void stepRunnerTurnsExceptionsAndUndeclaredReasonsIntoErrors() {
    Document doc = Document.builder().id("x").build();
    Step throwing =
        new Step() {
          public String name() {
            return "boom";
          }

          public Set<String> reasons() {
            return Set.of();
          }

          public StepResult apply(Document d) {
            throw new IllegalStateException("bad");
          }
        };
    Step undeclared =
        new Step() {
          public String name() {
            return "sneaky";
          }

          public Set<String> reasons() {
            return Set.of("sneaky.ok");
          }

          public StepResult apply(Document d) {
            return StepResult.of(d, Decision.drop("sneaky", "sneaky.other", Map.of()));
          }
        };
    Decision a = StepRunner.run(throwing, doc).decision();
    assertEquals(Verdict.ERROR, a.verdict());
    assertEquals("boom.exception", a.reason());
    assertTrue(a.evidence().get("exception").contains("bad"));
    Decision b = StepRunner.run(undeclared, doc).decision();
    assertEquals(Verdict.ERROR, b.verdict());
    assertTrue(b.evidence().get("exception").contains("sneaky.other"));
  }
}
