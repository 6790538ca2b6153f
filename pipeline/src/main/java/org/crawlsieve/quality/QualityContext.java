package org.crawlsieve.quality;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crawlsieve.core.Document;

/**
 * What the filters of one quality stage share: the config, the word splits of recent texts ({@link
 * RecentSplits}, with the segmenter, expensive to build, made once) and the thresholds and stop
 * words resolved per language. One context per stage instance; thread-confined like the steps that
 * use it.
 */
final class QualityContext {
  /** Bound on cached languages, so arbitrary language codes from input cannot grow the caches. */
  private static final int MAX_CACHED_LANGUAGES = 512;

  private final QualityConfig config;
  private final RecentSplits splits;
  private final Map<String, LanguageRules> rules = new HashMap<>();
  private final Map<String, Optional<Set<String>>> stopWords = new HashMap<>();

  /** For a caller that runs one record at a time through the filters. */
  QualityContext(QualityConfig config) {
    this(config, 1);
  }

  /** {@code recordBatch}: records the caller runs step by step together (sizes the split cache). */
  QualityContext(QualityConfig config, int recordBatch) {
    this.config = config;
    this.splits = new RecentSplits(new WordSegmenter(), 2 * Math.max(1, recordBatch));
  }

  QualityConfig config() {
    return config;
  }

  /** The thresholds for a document's language. */
  LanguageRules rules(Document doc) {
    String lang = QualityConfig.normalizeLanguage(doc.language());
    LanguageRules r = rules.get(lang);
    if (r == null) {
      r = config.rulesFor(lang);
      if (rules.size() < MAX_CACHED_LANGUAGES) {
        rules.put(lang, r);
      }
    }
    return r;
  }

  /** The word tokens of a document's text, split as its language needs. */
  Words words(Document doc) {
    return splits.words(doc.text(), config.segmented(doc.language()));
  }

  /**
   * The id of every token of {@code words} ({@link WordIds}: numbered from 0 in order of first
   * appearance), kept with the split, so the filters that share a split number its words once. The
   * array must not be changed.
   */
  int[] wordIds(Words words) {
    return splits.ids(words);
  }

  /** The stop words for a document: configured, else built-in; null when the language has none. */
  Set<String> stopWords(Document doc) {
    String lang = QualityConfig.normalizeLanguage(doc.language());
    Optional<Set<String>> cached = stopWords.get(lang);
    if (cached == null) {
      GopherQualityRules r = rules(doc).gopherQuality();
      Set<String> set =
          r.stopWords() != null ? StopWords.of(r.stopWords()) : StopWords.forLanguage(lang);
      cached = Optional.ofNullable(set);
      if (stopWords.size() < MAX_CACHED_LANGUAGES) {
        stopWords.put(lang, cached);
      }
    }
    return cached.orElse(null);
  }

  /** {@code part / whole}, 0 when {@code whole} is 0 (no division by zero on empty text). */
  static double ratio(double part, double whole) {
    return whole == 0 ? 0 : part / whole;
  }
}
