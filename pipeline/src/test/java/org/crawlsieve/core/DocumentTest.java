package org.crawlsieve.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTest {

  private static Document page() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("content-type", List.of("text/html"));
    headers.put("x-robots-tag", List.of("noai"));
    return Document.builder()
        .id("r1")
        .text("hello")
        .headers(headers)
        .metaTags(List.of(new MetaTag("robots", "noai")))
        .piiCounts(Map.of("EMAIL", 2))
        .score("b", 2.0)
        .score("a", 1.0)
        .flag("warc.truncated")
        .build();
  }

  @Test
  void copiesShareUnchangedCollections() {
    Document d = page();
    Document copy = d.toBuilder().text("changed").build();
    assertSame(d.headers(), copy.headers());
    assertSame(d.metaTags(), copy.metaTags());
    assertSame(d.piiCounts(), copy.piiCounts());
    assertSame(d.scores(), copy.scores());
    assertSame(d.flags(), copy.flags());
  }

  @Test
  void changingACopyLeavesTheOriginalAlone() {
    Document d = page();
    Document copy = d.toBuilder().score("c", 3.0).flag("robots.no_capture").build();
    assertEquals(Map.of("a", 1.0, "b", 2.0), d.scores());
    assertEquals(List.of("warc.truncated"), d.flags());
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(copy.scores().keySet()));
    assertEquals(List.of("warc.truncated", "robots.no_capture"), copy.flags());
  }

  @Test
  void collectionsAreImmutableAndOrdered() {
    Document d = page();
    assertThrows(UnsupportedOperationException.class, () -> d.scores().put("z", 0.0));
    assertThrows(UnsupportedOperationException.class, () -> d.headers().remove("content-type"));
    assertThrows(
        UnsupportedOperationException.class, () -> d.scores().entrySet().iterator().remove());
    assertEquals(List.of("a", "b"), new ArrayList<>(d.scores().keySet()));
    assertEquals(List.of("content-type", "x-robots-tag"), new ArrayList<>(d.headers().keySet()));
  }

  @Test
  void aMapHandedInIsCopiedNotKept() {
    Map<String, Double> mine = new HashMap<>(Map.of("a", 1.0));
    Document d = Document.builder().scores(mine).build();
    mine.put("b", 2.0);
    assertEquals(Map.of("a", 1.0), d.scores());
  }
}
