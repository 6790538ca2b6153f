package org.crawlsieve.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;

/**
 * Test-only oracle: {@link FineWebStep} as it was before session 4 (a substring per line, a {@code
 * HashSet} of the non-blank ones), kept verbatim to check the rewritten step gives identical
 * results.
 */
final class FineWebOracle {
  private final QualityContext context;

  FineWebOracle(QualityContext context) {
    this.context = context;
  }

  StepResult apply(Document doc) {
    FineWebRules r = context.rules(doc).fineweb();
    String text = doc.text();
    List<String> lines = splitOnNewline(text);
    List<String> nonEmpty = new ArrayList<>();
    int punct = 0;
    int shortLines = 0;
    for (String line : lines) {
      if (TerminalPunctuation.endsLine(line)) {
        punct++;
      }
      if (line.length() <= r.shortLineLength()) {
        shortLines++;
      }
      if (!line.isBlank()) {
        nonEmpty.add(line);
      }
    }
    int newlines = Lines.count(text, '\n');
    double punctRatio = QualityContext.ratio(punct, lines.size());
    double shortRatio = QualityContext.ratio(shortLines, lines.size());
    double dupRatio =
        QualityContext.ratio(
            GopherRepetitionOracle.duplicates(nonEmpty).chars(), text.length() - newlines);
    double newlineRatio = QualityContext.ratio(newlines, context.words(doc).count());

    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(FineWebStep.S_LINE_PUNCT_RATIO, punctRatio);
    scores.put(FineWebStep.S_SHORT_LINE_RATIO, shortRatio);
    scores.put(FineWebStep.S_CHAR_DUP_RATIO, dupRatio);
    scores.put(FineWebStep.S_NEWLINE_RATIO, newlineRatio);

    if (punctRatio < r.minLinePunctRatio()) {
      return Outcomes.drop(
          doc,
          FineWebStep.NAME,
          scores,
          FineWebStep.LINE_PUNCT_RATIO,
          punctRatio,
          r.minLinePunctRatio());
    }
    if (shortRatio > r.maxShortLineRatio()) {
      return Outcomes.drop(
          doc,
          FineWebStep.NAME,
          scores,
          FineWebStep.SHORT_LINE_RATIO,
          shortRatio,
          r.maxShortLineRatio());
    }
    if (dupRatio > r.maxCharDupRatio()) {
      return Outcomes.drop(
          doc, FineWebStep.NAME, scores, FineWebStep.CHAR_DUP_RATIO, dupRatio, r.maxCharDupRatio());
    }
    if (newlineRatio > r.maxNewlineRatio()) {
      return Outcomes.drop(
          doc,
          FineWebStep.NAME,
          scores,
          FineWebStep.NEWLINE_RATIO,
          newlineRatio,
          r.maxNewlineRatio());
    }
    return Outcomes.keep(doc, FineWebStep.NAME, scores);
  }

  /** {@code text.split("\n")}: every line, empty ones included; never an empty list. */
  static List<String> splitOnNewline(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    out.add(text.substring(start));
    return out;
  }
}
