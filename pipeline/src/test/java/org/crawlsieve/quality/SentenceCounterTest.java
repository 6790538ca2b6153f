package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link SentenceCounter} tests a segment for white space in place instead of through {@code
 * substring(start, end).isBlank()}: the same counts, on hand-picked lines and random ones full of
 * every kind of white space, full stops of several scripts and surrogates.
 */
class SentenceCounterTest {
  private final SentenceCounter counter = new SentenceCounter();

  /** The previous code: a substring per segment, {@code String.isBlank}. */
  private static int reference(String line, String language) {
    BreakIterator it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
    it.setText(line);
    int count = 0;
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (!line.substring(start, end).isBlank()) {
        count++;
      }
    }
    return count;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|en|0",
        "'   '|en|0",
        "One.|en|1",
        "One. Two! Three?|en|3",
        "'One.   \u2003\u3000 Two.'|en|2",
        // ICU's plain sentence rules (no abbreviation list) break after "Mr."
        "Mr. Smith went home. He slept.|en|3",
        "これは文です。これも文です。|ja|2",
        "यह वाक्य है। यह भी।|hi|2",
        "هذه جملة. وهذه أخرى؟|ar|2"
      })
  void countsSentences(String line, String language, int expected) {
    assertEquals(expected, counter.count(line, language));
    assertEquals(expected, reference(line, language));
  }

  @ParameterizedTest
  @CsvSource({"en", "ja", "de", "zh", "th"})
  void sameCountsAsTheSubstringVersionOnRandomLines(String language) {
    char[] alphabet = {
      'a', 'b', ' ', '.', '!', '?', '\t', '\u000b', '\u001c', '\u00a0', '\u1680', '\u2003',
      '\u2007', '\u200b', '\u2028', '\u3000', '\u3002', '\uff0e', '\u0964', 'Z', '"', ')', '\ud83d',
      '\ude00', '\ud800'
    };
    Random rnd = new Random(language.hashCode());
    for (int k = 0; k < 3000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet[rnd.nextInt(alphabet.length)]);
      }
      String line = sb.toString();
      assertEquals(reference(line, language), counter.count(line, language), line);
    }
  }
}
