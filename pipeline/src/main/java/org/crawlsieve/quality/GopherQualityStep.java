package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.List;
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

  private final QualityContext context;

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
    int n = words.count();
    long chars = 0;
    int alpha = 0;
    int stops = 0;
    for (int i = 0; i < n; i++) {
      String w = words.token(i);
      chars += w.length();
      if (hasLetter(w)) {
        alpha++;
      }
      if (stopWords != null && stopWords.contains(words.lower(i))) {
        stops++;
      }
    }
    double mean = QualityContext.ratio(chars, n);
    double hashRatio = QualityContext.ratio(Lines.count(text, '#'), n);
    double ellipsisRatio =
        QualityContext.ratio(Lines.count(text, "...") + Lines.count(text, '\u2026'), n);
    List<String> lines = Lines.splitLines(text);
    int bullets = 0;
    int ellipsisLines = 0;
    for (String line : lines) {
      String lead = line.stripLeading();
      if (lead.startsWith("\u2022") || lead.startsWith("-")) {
        bullets++;
      }
      String trail = line.stripTrailing();
      if (trail.endsWith("...") || trail.endsWith("\u2026")) {
        ellipsisLines++;
      }
    }
    double bulletFrac = QualityContext.ratio(bullets, lines.size());
    double ellipsisLinesFrac = QualityContext.ratio(ellipsisLines, lines.size());
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

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
