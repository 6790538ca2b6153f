package org.crawlsieve.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The union of Lucene's Snowball stop-word lists (English, German, French, Spanish, Italian,
 * Portuguese, Dutch, the Scandinavian languages, Finnish, Hungarian, Russian, Indonesian), case
 * folded: {@link ParagraphClassifier} needs "is this a function word" without knowing the page's
 * language. Words of one language that are content words in another are rare enough among stop
 * words not to matter for a share. Built once per JVM, immutable afterwards.
 */
final class StopWords {
  private StopWords() {}

  private static final List<String> LISTS =
      List.of(
          "english",
          "german",
          "french",
          "spanish",
          "italian",
          "portuguese",
          "dutch",
          "danish",
          "swedish",
          "norwegian",
          "finnish",
          "hungarian",
          "russian",
          "indonesian");

  private static final class Holder {
    static final CharArraySet WORDS = load();
  }

  /** Whether {@code text[start, end)} is a stop word in one of the lists (any case). */
  static boolean contains(String text, int start, int end) {
    return Holder.WORDS.contains(text.subSequence(start, end));
  }

  private static CharArraySet load() {
    CharArraySet all = new CharArraySet(4096, true);
    for (String language : LISTS) {
      String name = language + "_stop.txt";
      try (InputStream in = SnowballFilter.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing Lucene resource " + name);
        }
        all.addAll(
            WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return CharArraySet.unmodifiableSet(all);
  }
}
