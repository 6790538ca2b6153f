package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RecentSplits} keeps the splits of a batch's texts across its filters: the pipeline runs
 * every filter over the whole batch before the next one, so each text must come back as the same
 * split, interleaved with the others, and be split anew only when the text or the segmentation
 * changes or when the bounds push it out.
 */
class RecentSplitsTest {
  private final RecentSplits splits = new RecentSplits(new WordSegmenter(), 64);

  private static List<String> texts(int n, int wordsEach) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < wordsEach; w++) {
        sb.append("word").append(i).append('x').append(w % 7).append(' ');
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void aBatchIsSplitOnceAcrossFilters() {
    List<String> batch = texts(32, 20);
    List<Words> first = new ArrayList<>();
    for (String t : batch) {
      first.add(splits.words(t, false));
    }
    for (int filter = 0; filter < 3; filter++) {
      for (int i = 0; i < batch.size(); i++) {
        assertSame(first.get(i), splits.words(batch.get(i), false), "text " + i);
      }
    }
    assertEquals(20, first.get(5).count());
    assertEquals("word5x0", first.get(5).token(0));
  }

  @Test
  void oneEntryKeepsTheLastTextOnly() {
    RecentSplits one = new RecentSplits(new WordSegmenter(), 1);
    Words a = one.words("a b", false);
    assertSame(a, one.words("a b", false));
    one.words("c d", false);
    assertEquals(1, one.size());
  }

  @Test
  void aBoundBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RecentSplits(new WordSegmenter(), 0));
  }

  @Test
  void anEqualButNewTextIsSplitAnew() {
    String text = "one two three";
    Words first = splits.words(text, false);
    Words again = splits.words(new String(text), false);
    assertNotSame(first, again);
    assertArrayEquals(first.starts(), again.starts());
    assertArrayEquals(first.ends(), again.ends());
  }

  @Test
  void anotherSegmentationIsSplitAnew() {
    String text = "東京は日本の首都です";
    Words spaced = splits.words(text, false);
    Words segmented = splits.words(text, true);
    assertNotSame(spaced, segmented);
    assertEquals(new WordSegmenter().split(text, true).count(), segmented.count());
    assertSame(segmented, splits.words(text, true));
    assertEquals(1, splits.size());
  }

  @Test
  void theOldestGoOnceTheEntryBoundIsPassed() {
    List<String> many = texts(65, 2);
    Words oldest = splits.words(many.get(0), false);
    Words second = splits.words(many.get(1), false);
    for (String t : many.subList(2, many.size())) {
      splits.words(t, false);
    }
    assertEquals(64, splits.size());
    assertNotSame(oldest, splits.words(many.get(0), false));
    // asking for the oldest again made it the newest and pushed the next oldest out
    assertNotSame(second, splits.words(many.get(1), false));
  }

  @Test
  void theOldestGoOnceTheCharacterBoundIsPassed() {
    int half = (int) (RecentSplits.MAX_CHARS / 2);
    String a = "a ".repeat(half / 2 + 1);
    String b = "b ".repeat(half / 2 + 1);
    Words wa = splits.words(a, false);
    Words wb = splits.words(b, false);
    assertEquals(1, splits.size());
    assertSame(wb, splits.words(b, false));
    assertNotSame(wa, splits.words(a, false));
  }

  @Test
  void aTextOverTheCharacterBoundIsStillKeptAsTheNewest() {
    String huge = "z ".repeat((int) RecentSplits.MAX_CHARS);
    Words w = splits.words(huge, false);
    assertSame(w, splits.words(huge, false));
    assertEquals(1, splits.size());
  }

  @Test
  void wordIdsAreNumberedOncePerSplit() {
    List<String> batch = texts(8, 10);
    List<int[]> ids = new ArrayList<>();
    for (String t : batch) {
      ids.add(splits.ids(splits.words(t, false)));
    }
    for (int i = 0; i < batch.size(); i++) {
      Words w = splits.words(batch.get(i), false);
      assertSame(ids.get(i), splits.ids(w));
      assertArrayEquals(new WordIds().of(w), ids.get(i));
    }
  }

  @Test
  void wordIdsOfASplitMadeElsewhereAreNumberedButNotKept() {
    String text = "x y x z";
    splits.words(text, false);
    Words elsewhere = new WordSegmenter().split(text, false);
    int[] ids = splits.ids(elsewhere);
    assertArrayEquals(new int[] {0, 1, 0, 2}, ids);
    assertNotSame(ids, splits.ids(elsewhere));
  }
}
