package org.crawlsieve.quality;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts sentences with ICU's sentence break rules for the document's language (which know the full
 * stops of CJK, Devanagari, Arabic and other scripts). One break iterator per language, kept: they
 * are expensive to build and not thread-safe, like the step that owns this counter.
 */
final class SentenceCounter {
  private static final int MAX_CACHED_LANGUAGES = 256;

  private final Map<String, BreakIterator> byLanguage = new HashMap<>();

  /** Sentences in {@code line}: segments that hold something other than white space. */
  int count(String line, String language) {
    BreakIterator it = iterator(language);
    it.setText(line);
    int count = 0;
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (!blank(line, start, end)) {
        count++;
      }
    }
    return count;
  }

  /**
   * {@code line.substring(start, end).isBlank()} without the copy: every whitespace code point is
   * in the BMP and no surrogate is whitespace, so testing chars is the same.
   */
  private static boolean blank(String line, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private BreakIterator iterator(String language) {
    BreakIterator it = byLanguage.get(language);
    if (it == null) {
      it = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
      if (byLanguage.size() < MAX_CACHED_LANGUAGES) {
        byLanguage.put(language, it);
      }
    }
    return it;
  }
}
