package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;

/**
 * Test-only oracle: {@link GopherQualityStep} as it was before session 4 (a lower-cased copy of
 * every token, a substring per line), kept verbatim to check the rewritten step gives identical
 * results.
 */
final class GopherQualityOracle {
  private final QualityContext context;

  GopherQualityOracle(QualityContext context) {
    this.context = context;
  }

  StepResult apply(Document doc) {
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
    scores.put(GopherQualityStep.S_WORDS, (double) n);
    scores.put(GopherQualityStep.S_MEAN_WORD_LENGTH, mean);
    scores.put(GopherQualityStep.S_HASH_RATIO, hashRatio);
    scores.put(GopherQualityStep.S_ELLIPSIS_RATIO, ellipsisRatio);
    scores.put(GopherQualityStep.S_BULLET_LINES, bulletFrac);
    scores.put(GopherQualityStep.S_ELLIPSIS_LINES, ellipsisLinesFrac);
    scores.put(GopherQualityStep.S_ALPHA_WORDS, alphaFrac);
    if (stopWords != null) {
      scores.put(GopherQualityStep.S_STOP_WORDS, (double) stops);
    }

    if (n < r.minWords()) {
      return Outcomes.drop(
          doc, GopherQualityStep.NAME, scores, GopherQualityStep.WORD_COUNT, n, r.minWords());
    }
    if (n > r.maxWords()) {
      return Outcomes.drop(
          doc, GopherQualityStep.NAME, scores, GopherQualityStep.WORD_COUNT, n, r.maxWords());
    }
    if (mean < r.minMeanWordLength()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.MEAN_WORD_LENGTH,
          mean,
          r.minMeanWordLength());
    }
    if (mean > r.maxMeanWordLength()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.MEAN_WORD_LENGTH,
          mean,
          r.maxMeanWordLength());
    }
    if (hashRatio > r.maxHashRatio()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.HASH_RATIO,
          hashRatio,
          r.maxHashRatio());
    }
    if (ellipsisRatio > r.maxEllipsisRatio()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.ELLIPSIS_RATIO,
          ellipsisRatio,
          r.maxEllipsisRatio());
    }
    if (bulletFrac > r.maxBulletLinesRatio()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.BULLET_LINES,
          bulletFrac,
          r.maxBulletLinesRatio());
    }
    if (ellipsisLinesFrac > r.maxEllipsisLinesRatio()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.ELLIPSIS_LINES,
          ellipsisLinesFrac,
          r.maxEllipsisLinesRatio());
    }
    if (alphaFrac < r.minAlphaWordsRatio()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.ALPHA_WORDS,
          alphaFrac,
          r.minAlphaWordsRatio());
    }
    if (stopWords != null && stops < r.minStopWords()) {
      return Outcomes.drop(
          doc,
          GopherQualityStep.NAME,
          scores,
          GopherQualityStep.STOP_WORDS,
          stops,
          r.minStopWords());
    }
    return Outcomes.keep(doc, GopherQualityStep.NAME, scores);
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
