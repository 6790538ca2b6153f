package org.crawlsieve.quality;

import java.util.ArrayDeque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The word splits (and their word ids) of the texts a quality stage saw last, so that its filters
 * split each text once. The pipeline runs a batch of records step by step ({@code
 * RecordProcessor.process(List)}): every filter meets every text of the batch before the next
 * filter starts, so a cache of the last text alone missed on every filter and every text was split
 * four times with the default filters.
 *
 * <p>Texts are keyed by identity: a step that keeps a text hands the next step the same {@code
 * String}, and a step that changes it makes a new one, which is split anew. The oldest splits go
 * first once more than the given number are kept or their texts hold more than {@link #MAX_CHARS}
 * characters together (the newest is always kept), so at most two batches' splits stay reachable
 * (each a copy of its text's characters and two offsets per word). Thread-confined, like the stage
 * that owns it.
 */
final class RecentSplits {
  /** About 8 MB of kept characters plus ~5 MB of token offsets. */
  static final long MAX_CHARS = 4L << 20;

  private final int maxEntries;

  private final WordSegmenter segmenter;
  private final WordIds wordIds = new WordIds();
  private final Map<String, Entry> byText = new IdentityHashMap<>();
  private final ArrayDeque<Entry> order = new ArrayDeque<>();
  private long chars;

  /**
   * Keeps the splits of the last {@code maxEntries} texts: twice the records a caller runs step by
   * step together, so a batch's splits outlive its filters while the next batch's come in.
   */
  RecentSplits(WordSegmenter segmenter, int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.segmenter = segmenter;
    this.maxEntries = maxEntries;
  }

  private static final class Entry {
    final String text;
    final boolean segmented;
    final Words words;
    int[] ids;

    Entry(String text, boolean segmented, Words words) {
      this.text = text;
      this.segmented = segmented;
      this.words = words;
    }
  }

  /** The word tokens of {@code text}; {@code segmented} selects ICU dictionary segmentation. */
  Words words(String text, boolean segmented) {
    Entry e = byText.get(text);
    if (e == null || e.segmented != segmented) {
      e = add(new Entry(text, segmented, segmenter.split(text, segmented)));
    }
    return e.words;
  }

  /**
   * The id of every token of {@code words} ({@link WordIds}), numbered once per split. The array
   * must not be changed.
   */
  int[] ids(Words words) {
    Entry e = byText.get(words.text());
    if (e == null || e.words != words) {
      return wordIds.of(words); // a split made elsewhere (tests): not kept
    }
    if (e.ids == null) {
      e.ids = wordIds.of(words);
    }
    return e.ids;
  }

  /** Splits kept now (tests). */
  int size() {
    return order.size();
  }

  private Entry add(Entry e) {
    Entry replaced = byText.put(e.text, e);
    if (replaced != null) {
      order.remove(replaced);
      chars -= replaced.text.length();
    }
    order.addLast(e);
    chars += e.text.length();
    while (order.size() > 1 && (order.size() > maxEntries || chars > MAX_CHARS)) {
      Entry oldest = order.removeFirst();
      byText.remove(oldest.text);
      chars -= oldest.text.length();
    }
    return e;
  }
}
