package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;

/**
 * Test-only oracle: the apply method of {@link C4Step} as it was before session 4 (every line
 * scanned for its longest word), kept verbatim to check the rewritten step gives identical results.
 */
final class C4Oracle {
  /**
   * Wikipedia citation marks: {@code [12]}, {@code []}, {@code [edit]}, {@code [citation needed]}.
   */
  private static final Pattern CITATION = Pattern.compile("\\[(?:\\d*|edit|citation needed)]");

  private static final String[] POLICY = {
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies"
  };

  private final QualityContext context;
  private final SentenceCounter sentences = new SentenceCounter();

  C4Oracle(QualityContext context) {
    this.context = context;
  }

  StepResult apply(Document doc) {
    C4Rules r = context.rules(doc).c4();
    String text = doc.text();
    String language = QualityConfig.normalizeLanguage(doc.language());
    Words words = context.words(doc);
    Map<String, Integer> removedBy = new TreeMap<>();
    StringBuilder kept = new StringBuilder(text.length());
    int lines = 0;
    int removed = 0;
    int sentenceCount = 0;
    int citations = 0;

    int start = 0;
    while (start < text.length()) {
      int end = lineEnd(text, start);
      int next = nextLineStart(text, end);
      lines++;
      String rule = null;
      String line = text.substring(start, end).strip();
      String lower = null;
      if (r.maxWordLength() > 0 && longestWord(line) > r.maxWordLength()) {
        rule = "too_long_word";
      } else {
        if (r.removeCitations() && line.indexOf('[') >= 0) {
          String cleaned = CITATION.matcher(line).replaceAll("");
          if (cleaned.length() != line.length()) {
            citations++;
            line = cleaned;
          }
        }
        if (r.filterNoTerminalPunct()
            && (!TerminalPunctuation.endsLine(line) || line.endsWith("..."))) {
          rule = "no_terminal_punct";
        } else if (words.countIn(start, end) < r.minWordsPerLine()) {
          rule = "too_few_words";
        } else {
          lower = line.toLowerCase(Locale.ROOT);
          if (r.filterLoremIpsum() && lower.contains("lorem ipsum")) {
            return drop(doc, C4Step.LOREM_IPSUM, lines, removed, sentenceCount, 1, 0);
          }
          if (r.filterJavascript() && lower.contains("javascript")) {
            rule = "javascript";
          } else if (r.filterCurlyBracket() && line.indexOf('{') >= 0) {
            return drop(doc, C4Step.CURLY_BRACKET, lines, removed, sentenceCount, 1, 0);
          } else if (r.filterPolicy() && containsPolicy(lower)) {
            rule = "policy";
          }
        }
      }
      if (rule == null) {
        sentenceCount += sentences.count(line, language);
        if (kept.length() > 0) {
          kept.append('\n');
        }
        kept.append(line);
      } else {
        removed++;
        removedBy.merge(rule, 1, Integer::sum);
      }
      start = next;
    }

    if (sentenceCount < r.minSentences()) {
      return drop(
          doc,
          C4Step.TOO_FEW_SENTENCES,
          lines,
          removed,
          sentenceCount,
          sentenceCount,
          r.minSentences());
    }
    if (removed == 0 && citations == 0) {
      return Outcomes.keep(doc, C4Step.NAME, scores(lines, 0, sentenceCount, 0));
    }
    String newText = kept.toString().strip();
    double removedFrac = QualityContext.ratio(text.length() - newText.length(), text.length());
    Map<String, String> evidence = new LinkedHashMap<>();
    removedBy.forEach((k, v) -> evidence.put(k, Integer.toString(v)));
    if (citations > 0) {
      evidence.put("citations", Integer.toString(citations));
    }
    return Outcomes.modify(
        doc,
        newText,
        C4Step.NAME,
        scores(lines, removed, sentenceCount, removedFrac),
        removed > 0 ? C4Step.LINES_REMOVED : C4Step.CITATIONS_REMOVED,
        evidence);
  }

  private StepResult drop(
      Document doc,
      String reason,
      int lines,
      int removed,
      int sentenceCount,
      double value,
      double threshold) {
    return Outcomes.drop(
        doc, C4Step.NAME, scores(lines, removed, sentenceCount, 0), reason, value, threshold);
  }

  private static Map<String, Double> scores(
      int lines, int removed, int sentenceCount, double removedFrac) {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(C4Step.S_LINES, (double) lines);
    scores.put(C4Step.S_LINES_REMOVED, (double) removed);
    scores.put(C4Step.S_REMOVED_CHAR_FRAC, removedFrac);
    scores.put(C4Step.S_SENTENCES, (double) sentenceCount);
    return scores;
  }

  /** End of the line starting at {@code start} (as Python's {@code splitlines}). */
  private static int lineEnd(String text, int start) {
    int i = start;
    while (i < text.length() && !isLineBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int nextLineStart(String text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean containsPolicy(String lower) {
    for (String p : POLICY) {
      if (lower.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Longest run of non-space characters, where each character of a script written without spaces
   * (Han, Kana, Thai, …) ends the run and counts as a word of its own.
   */
  static int longestWord(String line) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      int units = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        run = 0;
      } else if (cp >= 0x0E00 && Scripts.unspaced(cp)) {
        run = 0;
        longest = Math.max(longest, units);
      } else {
        run += units;
        longest = Math.max(longest, run);
      }
      i += units;
    }
    return longest;
  }
}
