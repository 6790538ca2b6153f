package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/**
 * Gopher repetition rules (Rae et al. 2021): repeated paragraphs and lines (by count and by
 * characters), characters in the most frequent 2- to 4-gram, characters in repeated 5- to 10-grams.
 * Fractions of characters are over the whole text's length. For the top n-gram, words are joined by
 * a space in languages written with spaces and by nothing in the others. Every fraction is kept as
 * a score; the first exceeded, in that order, gives the reason.
 */
public final class GopherRepetitionStep implements Step {
  public static final String NAME = "quality.gopher_repetition";
  public static final String DUP_PARA_FRAC = "quality.gopher.dup_para_frac";
  public static final String DUP_PARA_CHAR_FRAC = "quality.gopher.dup_para_char_frac";
  public static final String DUP_LINE_FRAC = "quality.gopher.dup_line_frac";
  public static final String DUP_LINE_CHAR_FRAC = "quality.gopher.dup_line_char_frac";

  public static final String S_DUP_PARA_FRAC = "gopher.dup_para_frac";
  public static final String S_DUP_PARA_CHAR_FRAC = "gopher.dup_para_char_frac";
  public static final String S_DUP_LINE_FRAC = "gopher.dup_line_frac";
  public static final String S_DUP_LINE_CHAR_FRAC = "gopher.dup_line_char_frac";

  private final QualityContext context;
  private final Set<String> reasons;
  private final NgramIds grams = new NgramIds();
  private final PieceDuplicates pieces = new PieceDuplicates();
  private boolean[] seen = new boolean[1024];

  GopherRepetitionStep(QualityContext context) {
    this.context = context;
    Set<String> all = new TreeSet<>();
    all.add(DUP_PARA_FRAC);
    all.add(DUP_PARA_CHAR_FRAC);
    all.add(DUP_LINE_FRAC);
    all.add(DUP_LINE_CHAR_FRAC);
    QualityConfig config = context.config();
    addNgramReasons(all, config.rulesForAllLanguages());
    for (String lang : config.byLanguage().keySet()) {
      addNgramReasons(all, config.rulesFor(lang));
    }
    this.reasons = Set.copyOf(all);
  }

  private static void addNgramReasons(Set<String> out, LanguageRules rules) {
    for (int n : rules.gopherRepetition().maxTopNgramCharFrac().keySet()) {
      out.add(topReason(n));
    }
    for (int n : rules.gopherRepetition().maxDupNgramCharFrac().keySet()) {
      out.add(dupReason(n));
    }
  }

  /** Reason code of the top n-gram rule, e.g. {@code quality.gopher.top_2_gram}. */
  public static String topReason(int n) {
    return "quality.gopher.top_" + n + "_gram";
  }

  /** Reason code of the repeated n-gram rule, e.g. {@code quality.gopher.dup_5_gram}. */
  public static String dupReason(int n) {
    return "quality.gopher.dup_" + n + "_gram";
  }

  /** Score name of the top n-gram fraction, e.g. {@code gopher.top_2_gram_char_frac}. */
  public static String topScore(int n) {
    return "gopher.top_" + n + "_gram_char_frac";
  }

  /** Score name of the repeated n-gram fraction, e.g. {@code gopher.dup_5_gram_char_frac}. */
  public static String dupScore(int n) {
    return "gopher.dup_" + n + "_gram_char_frac";
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> reasons() {
    return reasons;
  }

  @Override
  public StepResult apply(Document doc) {
    GopherRepetitionRules r = context.rules(doc).gopherRepetition();
    String text = doc.text();
    int length = text.length();

    Words words = context.words(doc);
    char[] chars = words.chars();
    int from = stripStart(chars, length);
    int to = stripEnd(chars, from, length);
    PieceDuplicates.Result paras = pieces.scan(chars, from, to, 2, false);
    double paraFrac = QualityContext.ratio(paras.duplicates(), paras.pieces());
    double paraCharFrac = QualityContext.ratio(paras.duplicateChars(), length);

    PieceDuplicates.Result lines = pieces.scan(chars, 0, length, 1, false);
    double lineFrac = QualityContext.ratio(lines.duplicates(), lines.pieces());
    double lineCharFrac = QualityContext.ratio(lines.duplicateChars(), length);

    int[] ids = context.wordIds(words);
    long[] prefix = Repetition.prefixLengths(words);
    int separator = context.config().segmented(doc.language()) ? 0 : 1;
    int maxN = 1;
    for (int n : r.maxTopNgramCharFrac().keySet()) {
      maxN = Math.max(maxN, n);
    }
    for (int n : r.maxDupNgramCharFrac().keySet()) {
      maxN = Math.max(maxN, n);
    }
    // one level of n-gram ids at a time, each measure taken at its level
    long[] topChars = new long[maxN + 1];
    long[] dupChars = new long[maxN + 1];
    if (seen.length < ids.length) {
      seen = new boolean[ids.length];
    }
    grams.start(ids);
    for (int n = 1; n <= maxN; n++) {
      if (n > 1) {
        grams.extend(ids);
      }
      if (r.maxTopNgramCharFrac().containsKey(n)) {
        topChars[n] = Repetition.topNgramChars(grams, prefix, separator);
      }
      if (r.maxDupNgramCharFrac().containsKey(n)) {
        dupChars[n] = Repetition.duplicatedNgramChars(grams, prefix, seen);
      }
    }
    Map<Integer, Double> top = new LinkedHashMap<>();
    for (int n : r.maxTopNgramCharFrac().keySet()) {
      top.put(n, QualityContext.ratio(topChars[n], length));
    }
    Map<Integer, Double> dup = new LinkedHashMap<>();
    for (int n : r.maxDupNgramCharFrac().keySet()) {
      dup.put(n, QualityContext.ratio(dupChars[n], length));
    }

    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(S_DUP_PARA_FRAC, paraFrac);
    scores.put(S_DUP_PARA_CHAR_FRAC, paraCharFrac);
    scores.put(S_DUP_LINE_FRAC, lineFrac);
    scores.put(S_DUP_LINE_CHAR_FRAC, lineCharFrac);
    top.forEach((n, v) -> scores.put(topScore(n), v));
    dup.forEach((n, v) -> scores.put(dupScore(n), v));

    if (paraFrac > r.maxDupParaFrac()) {
      return Outcomes.drop(doc, NAME, scores, DUP_PARA_FRAC, paraFrac, r.maxDupParaFrac());
    }
    if (paraCharFrac > r.maxDupParaCharFrac()) {
      return Outcomes.drop(
          doc, NAME, scores, DUP_PARA_CHAR_FRAC, paraCharFrac, r.maxDupParaCharFrac());
    }
    if (lineFrac > r.maxDupLineFrac()) {
      return Outcomes.drop(doc, NAME, scores, DUP_LINE_FRAC, lineFrac, r.maxDupLineFrac());
    }
    if (lineCharFrac > r.maxDupLineCharFrac()) {
      return Outcomes.drop(
          doc, NAME, scores, DUP_LINE_CHAR_FRAC, lineCharFrac, r.maxDupLineCharFrac());
    }
    for (Map.Entry<Integer, Double> e : top.entrySet()) {
      double max = r.maxTopNgramCharFrac().get(e.getKey());
      if (e.getValue() > max) {
        return Outcomes.drop(doc, NAME, scores, topReason(e.getKey()), e.getValue(), max);
      }
    }
    for (Map.Entry<Integer, Double> e : dup.entrySet()) {
      double max = r.maxDupNgramCharFrac().get(e.getKey());
      if (e.getValue() > max) {
        return Outcomes.drop(doc, NAME, scores, dupReason(e.getKey()), e.getValue(), max);
      }
    }
    return Outcomes.keep(doc, NAME, scores);
  }

  /**
   * Where {@link String#strip} would start: whitespace code points are all in the BMP and no
   * surrogate is whitespace, so testing chars is the same.
   */
  private static int stripStart(char[] text, int length) {
    int i = 0;
    while (i < length && Character.isWhitespace(text[i])) {
      i++;
    }
    return i;
  }

  /** Where {@link String#strip} would end, given its start. */
  private static int stripEnd(char[] text, int from, int length) {
    int i = length;
    while (i > from && Character.isWhitespace(text[i - 1])) {
      i--;
    }
    return i;
  }
}
