package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crawlsieve.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link WordIds} numbers words exactly as the {@code HashMap} it replaced did. */
class WordIdsTest {

  /** The replaced implementation: ids in order of first appearance through a HashMap. */
  private static int[] reference(Words words) {
    Map<String, Integer> index = new HashMap<>();
    int[] ids = new int[words.count()];
    for (int i = 0; i < ids.length; i++) {
      Integer id = index.putIfAbsent(words.token(i), index.size());
      ids[i] = id == null ? index.size() - 1 : id;
    }
    return ids;
  }

  private static Words words(String... tokens) {
    int[] starts = new int[tokens.length];
    for (int i = 1; i < tokens.length; i++) {
      starts[i] = starts[i - 1] + tokens[i - 1].length() + 1;
    }
    return Words.of(String.join(" ", tokens), tokens, starts);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "a|0",
        "a a a|0 0 0",
        "a b a c b|0 1 0 2 1",
        // equal hash codes, different words: "Aa".hashCode() == "BB".hashCode()
        "Aa BB Aa BB AaAa BBBB AaBB|0 1 0 1 2 3 4",
        "The the THE the|0 1 2 1"
      })
  void idsInOrderOfFirstAppearance(String text, String expected) {
    Words w = words(text.isEmpty() ? new String[0] : text.split(" "));
    int[] want =
        expected.isEmpty()
            ? new int[0]
            : java.util.Arrays.stream(expected.split(" ")).mapToInt(Integer::parseInt).toArray();
    assertArrayEquals(want, new WordIds().of(w));
    assertArrayEquals(want, reference(w));
  }

  /** One table reused over documents of very different sizes (growing and shrinking). */
  @Test
  void reusedTableMatchesTheReference() {
    WordIds ids = new WordIds();
    Random rnd = new Random(5);
    for (int doc = 0; doc < 300; doc++) {
      int n = doc % 7 == 0 ? rnd.nextInt(60_000) : rnd.nextInt(400);
      int vocabulary = 1 + rnd.nextInt(doc % 3 == 0 ? 20 : 5000);
      String[] tokens = new String[n];
      for (int i = 0; i < n; i++) {
        tokens[i] = Integer.toString(rnd.nextInt(vocabulary), 36);
      }
      Words w = words(tokens);
      assertArrayEquals(reference(w), ids.of(w), "document " + doc);
    }
  }

  /** The shared WET texts, split as the quality stage splits them. */
  @Test
  void sharedTextsMatchTheReference() throws IOException {
    Path dir = SharedText.dir();
    assumeTrue(dir != null, "../shared/data/text absent");
    List<Document> docs = SharedText.documents(dir);
    WordSegmenter segmenter = new WordSegmenter();
    WordIds ids = new WordIds();
    List<Integer> sizes = new ArrayList<>();
    for (Document d : docs) {
      Words w = segmenter.split(d.text(), false);
      assertArrayEquals(reference(w), ids.of(w), d.id());
      sizes.add(w.count());
    }
    assertEquals(true, sizes.size() >= 10, "documents " + sizes.size());
  }
}
