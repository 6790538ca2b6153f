package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/**
 * FineWeb's own rules (Penedo et al. 2024): share of lines ending in terminal punctuation, share of
 * short lines, share of characters in repeated lines, newlines per word. Lines are the text split
 * at every {@code \n} (empty lines included, as datatrove); repeated-line characters count
 * non-empty lines only, over the text's characters other than newlines.
 *
 * <p>Comparisons follow FILTERS.md: drop when the punctuation share is below its minimum, or a
 * share exceeds its maximum (datatrove also drops at equality for the first three).
 */
public final class FineWebStep implements Step {
  public static final String NAME = "quality.fineweb";
  public static final String LINE_PUNCT_RATIO = "quality.fineweb.line_punct_ratio";
  public static final String SHORT_LINE_RATIO = "quality.fineweb.short_line_ratio";
  public static final String CHAR_DUP_RATIO = "quality.fineweb.char_dup_ratio";
  public static final String NEWLINE_RATIO = "quality.fineweb.newline_ratio";

  public static final String S_LINE_PUNCT_RATIO = "fineweb.line_punct_ratio";
  public static final String S_SHORT_LINE_RATIO = "fineweb.short_line_ratio";
  public static final String S_CHAR_DUP_RATIO = "fineweb.char_dup_ratio";
  public static final String S_NEWLINE_RATIO = "fineweb.newline_ratio";

  private static final Set<String> REASONS =
      Set.of(LINE_PUNCT_RATIO, SHORT_LINE_RATIO, CHAR_DUP_RATIO, NEWLINE_RATIO);

  private final QualityContext context;
  private final PieceDuplicates pieces = new PieceDuplicates();

  FineWebStep(QualityContext context) {
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
    FineWebRules r = context.rules(doc).fineweb();
    Words words = context.words(doc);
    char[] text = words.chars();
    int length = text.length;
    int shortLength = r.shortLineLength();
    // text.split("\n") walked in place: every line, empty ones included
    int lines = 0;
    int punct = 0;
    int shortLines = 0;
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i == length || text[i] == '\n') {
        lines++;
        if (i > start && TerminalPunctuation.isTerminal(text[i - 1])) {
          punct++;
        }
        if (i - start <= shortLength) {
          shortLines++;
        }
        start = i + 1;
      }
    }
    int newlines = lines - 1;
    double punctRatio = QualityContext.ratio(punct, lines);
    double shortRatio = QualityContext.ratio(shortLines, lines);
    // the non-blank lines are exactly the non-blank pieces between newline runs
    long dupChars = pieces.scan(text, 0, length, 1, true).duplicateChars();
    double dupRatio = QualityContext.ratio(dupChars, length - newlines);
    double newlineRatio = QualityContext.ratio(newlines, words.count());

    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(S_LINE_PUNCT_RATIO, punctRatio);
    scores.put(S_SHORT_LINE_RATIO, shortRatio);
    scores.put(S_CHAR_DUP_RATIO, dupRatio);
    scores.put(S_NEWLINE_RATIO, newlineRatio);

    if (punctRatio < r.minLinePunctRatio()) {
      return Outcomes.drop(doc, NAME, scores, LINE_PUNCT_RATIO, punctRatio, r.minLinePunctRatio());
    }
    if (shortRatio > r.maxShortLineRatio()) {
      return Outcomes.drop(doc, NAME, scores, SHORT_LINE_RATIO, shortRatio, r.maxShortLineRatio());
    }
    if (dupRatio > r.maxCharDupRatio()) {
      return Outcomes.drop(doc, NAME, scores, CHAR_DUP_RATIO, dupRatio, r.maxCharDupRatio());
    }
    if (newlineRatio > r.maxNewlineRatio()) {
      return Outcomes.drop(doc, NAME, scores, NEWLINE_RATIO, newlineRatio, r.maxNewlineRatio());
    }
    return Outcomes.keep(doc, NAME, scores);
  }
}
