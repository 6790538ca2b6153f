package org.crawlsieve.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;

/**
 * Test-only oracle: {@link GopherRepetitionStep} as it was before session 4 (substrings and a
 * {@code HashSet} per line and paragraph, 64-bit hash keys of every n-gram counted in a {@link
 * LongCounter} per n), kept verbatim to check the rewritten step gives identical results.
 */
final class GopherRepetitionOracle {
  private final QualityContext context;
  private final LongCounter counter = new LongCounter();
  private final WordIds wordIds = new WordIds();

  /** Elements equal to an earlier element, and the characters in them. */
  record Duplicates(int elements, long chars) {}

  GopherRepetitionOracle(QualityContext context) {
    this.context = context;
  }

  StepResult apply(Document doc) {
    GopherRepetitionRules r = context.rules(doc).gopherRepetition();
    String text = doc.text();
    int length = text.length();

    List<String> paragraphs = splitOnNewlineRuns(text.strip(), 2);
    Duplicates dupParas = duplicates(paragraphs);
    double paraFrac = QualityContext.ratio(dupParas.elements(), paragraphs.size());
    double paraCharFrac = QualityContext.ratio(dupParas.chars(), length);

    List<String> lines = splitOnNewlineRuns(text, 1);
    Duplicates dupLines = duplicates(lines);
    double lineFrac = QualityContext.ratio(dupLines.elements(), lines.size());
    double lineCharFrac = QualityContext.ratio(dupLines.chars(), length);

    Words words = context.words(doc);
    int[] ids = wordIds.of(words);
    long[] prefix = Repetition.prefixLengths(words);
    int separator = context.config().segmented(doc.language()) ? 0 : 1;
    int maxN = 1;
    for (int n : r.maxTopNgramCharFrac().keySet()) {
      maxN = Math.max(maxN, n);
    }
    for (int n : r.maxDupNgramCharFrac().keySet()) {
      maxN = Math.max(maxN, n);
    }
    long[][] keys = ngramKeys(ids, maxN);
    Map<Integer, Double> top = new LinkedHashMap<>();
    for (int n : r.maxTopNgramCharFrac().keySet()) {
      top.put(
          n, QualityContext.ratio(topNgramChars(keys[n], prefix, n, separator, counter), length));
    }
    Map<Integer, Double> dup = new LinkedHashMap<>();
    for (int n : r.maxDupNgramCharFrac().keySet()) {
      dup.put(n, QualityContext.ratio(duplicatedNgramChars(keys[n], prefix, n, counter), length));
    }

    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(GopherRepetitionStep.S_DUP_PARA_FRAC, paraFrac);
    scores.put(GopherRepetitionStep.S_DUP_PARA_CHAR_FRAC, paraCharFrac);
    scores.put(GopherRepetitionStep.S_DUP_LINE_FRAC, lineFrac);
    scores.put(GopherRepetitionStep.S_DUP_LINE_CHAR_FRAC, lineCharFrac);
    top.forEach((n, v) -> scores.put(GopherRepetitionStep.topScore(n), v));
    dup.forEach((n, v) -> scores.put(GopherRepetitionStep.dupScore(n), v));

    if (paraFrac > r.maxDupParaFrac()) {
      return Outcomes.drop(
          doc,
          GopherRepetitionStep.NAME,
          scores,
          GopherRepetitionStep.DUP_PARA_FRAC,
          paraFrac,
          r.maxDupParaFrac());
    }
    if (paraCharFrac > r.maxDupParaCharFrac()) {
      return Outcomes.drop(
          doc,
          GopherRepetitionStep.NAME,
          scores,
          GopherRepetitionStep.DUP_PARA_CHAR_FRAC,
          paraCharFrac,
          r.maxDupParaCharFrac());
    }
    if (lineFrac > r.maxDupLineFrac()) {
      return Outcomes.drop(
          doc,
          GopherRepetitionStep.NAME,
          scores,
          GopherRepetitionStep.DUP_LINE_FRAC,
          lineFrac,
          r.maxDupLineFrac());
    }
    if (lineCharFrac > r.maxDupLineCharFrac()) {
      return Outcomes.drop(
          doc,
          GopherRepetitionStep.NAME,
          scores,
          GopherRepetitionStep.DUP_LINE_CHAR_FRAC,
          lineCharFrac,
          r.maxDupLineCharFrac());
    }
    for (Map.Entry<Integer, Double> e : top.entrySet()) {
      double max = r.maxTopNgramCharFrac().get(e.getKey());
      if (e.getValue() > max) {
        return Outcomes.drop(
            doc,
            GopherRepetitionStep.NAME,
            scores,
            GopherRepetitionStep.topReason(e.getKey()),
            e.getValue(),
            max);
      }
    }
    for (Map.Entry<Integer, Double> e : dup.entrySet()) {
      double max = r.maxDupNgramCharFrac().get(e.getKey());
      if (e.getValue() > max) {
        return Outcomes.drop(
            doc,
            GopherRepetitionStep.NAME,
            scores,
            GopherRepetitionStep.dupReason(e.getKey()),
            e.getValue(),
            max);
      }
    }
    return Outcomes.keep(doc, GopherRepetitionStep.NAME, scores);
  }

  /**
   * {@code re.split("\n{minRun,}", text)}: pieces between runs of at least {@code minRun} newlines
   * (a shorter run stays inside its piece); never an empty list.
   */
  static List<String> splitOnNewlineRuns(String text, int minRun) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '\n') {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < text.length() && text.charAt(runEnd) == '\n') {
        runEnd++;
      }
      if (runEnd - i >= minRun) {
        out.add(text.substring(start, i));
        start = runEnd;
      }
      i = runEnd;
    }
    out.add(text.substring(start));
    return out;
  }

  /** Elements equal to an earlier element, and the characters in them. */
  static Duplicates duplicates(List<String> items) {
    Set<String> seen = new HashSet<>();
    int elements = 0;
    long chars = 0;
    for (String s : items) {
      if (!seen.add(s)) {
        elements++;
        chars += s.length();
      }
    }
    return new Duplicates(elements, chars);
  }

  /**
   * Characters of the most frequent word n-gram times its count, the n-gram written with {@code
   * separator} characters between words (1 for a space; 0 for languages written without spaces,
   * whose text has none); 0 when no n-gram occurs twice. On a tie in count, the n-gram seen first
   * wins (as Python's {@code Counter.most_common}). datatrove counts an n-gram seen once too, which
   * blames short texts without any repetition on this rule; here they reach the word-count rule.
   */
  static long topNgramChars(long[] keys, long[] prefix, int n, int separator, LongCounter counts) {
    int grams = keys.length;
    if (grams <= 0) {
      return 0;
    }
    counts.reset(grams);
    for (int i = 0; i < grams; i++) {
      counts.increment(keys[i]);
    }
    int bestCount = 0;
    long bestChars = 0;
    for (int i = 0; i < grams; i++) {
      int c = counts.get(keys[i]);
      if (c > bestCount) {
        bestCount = c;
        bestChars = prefix[i + n] - prefix[i] + (long) (n - 1) * separator;
      }
    }
    return bestCount < 2 ? 0 : bestChars * bestCount;
  }

  /**
   * Characters (words concatenated, no spaces) of n-grams that repeat an earlier n-gram, scanning
   * left to right and jumping past each repeat, so overlapping repeats are not counted twice.
   */
  static long duplicatedNgramChars(long[] keys, long[] prefix, int n, LongCounter seen) {
    int grams = keys.length;
    if (grams <= 0) {
      return 0;
    }
    seen.reset(grams);
    long chars = 0;
    int i = 0;
    while (i < grams) {
      if (seen.increment(keys[i]) == 1) {
        i++;
      } else {
        chars += prefix[i + n] - prefix[i];
        i += n;
      }
    }
    return chars;
  }

  /**
   * Keys of every word n-gram for each n in {@code 1..maxN}: {@code result[n][i]} identifies the
   * n-gram starting at word i. One pass, extending each start's hash word by word.
   */
  static long[][] ngramKeys(int[] ids, int maxN) {
    long[][] keys = new long[maxN + 1][];
    for (int n = 1; n <= maxN; n++) {
      keys[n] = new long[Math.max(0, ids.length - n + 1)];
    }
    for (int i = 0; i < ids.length; i++) {
      long a = 0x9E3779B97F4A7C15L;
      long b = 0xC2B2AE3D27D4EB4FL;
      for (int n = 1; n <= maxN && i + n <= ids.length; n++) {
        int id = ids[i + n - 1];
        a = (a ^ id) * 0xFF51AFD7ED558CCDL;
        b = (b + id + 1) * 0x94D049BB133111EBL;
        keys[n][i] = a ^ Long.rotateLeft(b, 31);
      }
    }
    return keys;
  }
}
