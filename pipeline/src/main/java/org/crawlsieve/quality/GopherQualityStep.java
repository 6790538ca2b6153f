package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/**
 * Gopher quality rules (Rae et al. 2021): word count, mean word length, {@code #} and ellipsis per
 * word, bullet and ellipsis lines, words with a letter, stop words. Every measure is computed and
 * kept as a score; the first rule broken, in that order, gives the reason.
 *
 * <p>Words are Lucene word tokens ({@link WordSegmenter}): punctuation is never a word, so the
 * per-word ratios divide by words only (datatrove counts punctuation tokens too).
 */
public final class GopherQualityStep implements Step {
  public static final String NAME = "quality.gopher_quality";
  public static final String WORD_COUNT = "quality.gopher.word_count";
  public static final String MEAN_WORD_LENGTH = "quality.gopher.mean_word_length";
  public static final String HASH_RATIO = "quality.gopher.hash_ratio";
  public static final String ELLIPSIS_RATIO = "quality.gopher.ellipsis_ratio";
  public static final String BULLET_LINES = "quality.gopher.bullet_lines";
  public static final String ELLIPSIS_LINES = "quality.gopher.ellipsis_lines";
  public static final String ALPHA_WORDS = "quality.gopher.alpha_words";
  public static final String STOP_WORDS = "quality.gopher.stop_words";

  public static final String S_WORDS = "gopher.word_count";
  public static final String S_MEAN_WORD_LENGTH = "gopher.mean_word_length";
  public static final String S_HASH_RATIO = "gopher.hash_ratio";
  public static final String S_ELLIPSIS_RATIO = "gopher.ellipsis_ratio";
  public static final String S_BULLET_LINES = "gopher.bullet_lines_frac";
  public static final String S_ELLIPSIS_LINES = "gopher.ellipsis_lines_frac";
  public static final String S_ALPHA_WORDS = "gopher.alpha_words_frac";
  public static final String S_STOP_WORDS = "gopher.stop_words";

  private static final Set<String> REASONS =
      Set.of(
          WORD_COUNT,
          MEAN_WORD_LENGTH,
          HASH_RATIO,
          ELLIPSIS_RATIO,
          BULLET_LINES,
          ELLIPSIS_LINES,
          ALPHA_WORDS,
          STOP_WORDS);

  private static final int LETTER = 1;
  private static final int STOP = 2;

  private final QualityContext context;

  /** Per distinct word of the current document: {@link #LETTER}, {@link #STOP}. */
  private byte[] flags = new byte[1024];

  private Set<String> lastStopWords;
  private int lastMaxStopLength;

  GopherQualityStep(QualityContext context) {
    this.context = context;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> reasons() {
    return REASONS;
  }

  @Override
  public StepResult apply(Document doc) {
    GopherQualityRules r = context.rules(doc).gopherQuality();
    String text = doc.text();
    Words words = context.words(doc);
    Set<String> stopWords = context.stopWords(doc);
    int maxStopLength = maxLength(stopWords);
    int n = words.count();
    int[] ids = context.wordIds(words);
    if (flags.length < n) {
      flags = new byte[n];
    }
    long chars = 0;
    int alpha = 0;
    int stops = 0;
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      chars += words.length(i);
      int id = ids[i];
      if (id == distinct) {
        // first occurrence (ids count up in order of first appearance): decide once per word
        flags[id] =
            (byte)
                ((hasLetter(words.chars(), words.starts()[i], words.ends()[i]) ? LETTER : 0)
                    | (isStop(words, i, stopWords, maxStopLength) ? STOP : 0));
        distinct++;
      }
      int f = flags[id];
      if ((f & LETTER) != 0) {
        alpha++;
      }
      if ((f & STOP) != 0) {
        stops++;
      }
    }
    double mean = QualityContext.ratio(chars, n);
    LineCounts c = LineCounts.of(words.chars(), text.length());
    double hashRatio = QualityContext.ratio(c.hashes(), n);
    double ellipsisRatio = QualityContext.ratio(c.ellipses(), n);
    double bulletFrac = QualityContext.ratio(c.bulletLines(), c.lines());
    double ellipsisLinesFrac = QualityContext.ratio(c.ellipsisLines(), c.lines());
    double alphaFrac = QualityContext.ratio(alpha, n);

    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(S_WORDS, (double) n);
    scores.put(S_MEAN_WORD_LENGTH, mean);
    scores.put(S_HASH_RATIO, hashRatio);
    scores.put(S_ELLIPSIS_RATIO, ellipsisRatio);
    scores.put(S_BULLET_LINES, bulletFrac);
    scores.put(S_ELLIPSIS_LINES, ellipsisLinesFrac);
    scores.put(S_ALPHA_WORDS, alphaFrac);
    if (stopWords != null) {
      scores.put(S_STOP_WORDS, (double) stops);
    }

    if (n < r.minWords()) {
      return Outcomes.drop(doc, NAME, scores, WORD_COUNT, n, r.minWords());
    }
    if (n > r.maxWords()) {
      return Outcomes.drop(doc, NAME, scores, WORD_COUNT, n, r.maxWords());
    }
    if (mean < r.minMeanWordLength()) {
      return Outcomes.drop(doc, NAME, scores, MEAN_WORD_LENGTH, mean, r.minMeanWordLength());
    }
    if (mean > r.maxMeanWordLength()) {
      return Outcomes.drop(doc, NAME, scores, MEAN_WORD_LENGTH, mean, r.maxMeanWordLength());
    }
    if (hashRatio > r.maxHashRatio()) {
      return Outcomes.drop(doc, NAME, scores, HASH_RATIO, hashRatio, r.maxHashRatio());
    }
    if (ellipsisRatio > r.maxEllipsisRatio()) {
      return Outcomes.drop(doc, NAME, scores, ELLIPSIS_RATIO, ellipsisRatio, r.maxEllipsisRatio());
    }
    if (bulletFrac > r.maxBulletLinesRatio()) {
      return Outcomes.drop(doc, NAME, scores, BULLET_LINES, bulletFrac, r.maxBulletLinesRatio());
    }
    if (ellipsisLinesFrac > r.maxEllipsisLinesRatio()) {
      return Outcomes.drop(
          doc, NAME, scores, ELLIPSIS_LINES, ellipsisLinesFrac, r.maxEllipsisLinesRatio());
    }
    if (alphaFrac < r.minAlphaWordsRatio()) {
      return Outcomes.drop(doc, NAME, scores, ALPHA_WORDS, alphaFrac, r.minAlphaWordsRatio());
    }
    if (stopWords != null && stops < r.minStopWords()) {
      return Outcomes.drop(doc, NAME, scores, STOP_WORDS, stops, r.minStopWords());
    }
    return Outcomes.keep(doc, NAME, scores);
  }

  /** Whether {@code chars[start, end)} holds a letter (code points, as the token's string). */
  private static boolean hasLetter(char[] chars, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = Character.codePointAt(chars, i, end);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Whether token {@code i} is a stop word. Lower-casing never makes a string shorter (checked for
   * every code point by the tests), so a token longer than the longest stop word is not one, and is
   * neither copied out nor lower-cased.
   */
  private static boolean isStop(Words words, int i, Set<String> stopWords, int maxStopLength) {
    return stopWords != null
        && words.length(i) <= maxStopLength
        && stopWords.contains(words.lower(i));
  }

  private int maxLength(Set<String> stopWords) {
    if (stopWords != lastStopWords) {
      int max = 0;
      if (stopWords != null) {
        for (String s : stopWords) {
          max = Math.max(max, s.length());
        }
      }
      lastStopWords = stopWords;
      lastMaxStopLength = max;
    }
    return lastMaxStopLength;
  }
}
