package org.crawlsieve.quality;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/**
 * C4 rules (Raffel et al. 2020), as datatrove's {@code C4QualityFilter}: line by line, remove lines
 * with a word over {@code max_word_length} characters, (optionally) without terminal punctuation,
 * with fewer than {@code min_words_per_line} words, mentioning "javascript" or with cookie / terms
 * / privacy-policy boilerplate; drop the document for "lorem ipsum" or a curly bracket in a line
 * that got that far, or when the kept lines hold fewer than {@code min_sentences} sentences.
 *
 * <p>Removing lines is a {@code modify} ({@code quality.c4.lines_removed}, or {@code
 * quality.c4.citations_removed} when only citation marks went); the kept lines are stripped and
 * joined by newlines. When nothing is removed the text is left exactly as it was. Words per line
 * are Lucene word tokens, so the rule works for languages without spaces; a "word" for the length
 * rule is a run of non-space characters, cut at every character of a script written without spaces
 * (so a Japanese line is not one 1000-character word).
 */
public final class C4Step implements Step {
  public static final String NAME = "quality.c4";
  public static final String LINES_REMOVED = "quality.c4.lines_removed";
  public static final String CITATIONS_REMOVED = "quality.c4.citations_removed";
  public static final String LOREM_IPSUM = "quality.c4.lorem_ipsum";
  public static final String CURLY_BRACKET = "quality.c4.curly_bracket";
  public static final String TOO_FEW_SENTENCES = "quality.c4.too_few_sentences";

  public static final String S_LINES = "c4.lines";
  public static final String S_LINES_REMOVED = "c4.lines_removed";
  public static final String S_REMOVED_CHAR_FRAC = "c4.removed_char_frac";
  public static final String S_SENTENCES = "c4.sentences";

  private static final Set<String> REASONS =
      Set.of(LINES_REMOVED, CITATIONS_REMOVED, LOREM_IPSUM, CURLY_BRACKET, TOO_FEW_SENTENCES);

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

  C4Step(QualityContext context) {
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

    int maxWord = r.maxWordLength();
    int start = 0;
    while (start < text.length()) {
      int end = lineEnd(text, start);
      int next = nextLineStart(text, end);
      lines++;
      String rule = null;
      String line = text.substring(start, end).strip();
      String lower = null;
      // a word is never longer than its line: most lines need no scan
      if (maxWord > 0 && line.length() > maxWord && longestWord(line) > maxWord) {
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
            return drop(doc, LOREM_IPSUM, lines, removed, sentenceCount, 1, 0);
          }
          if (r.filterJavascript() && lower.contains("javascript")) {
            rule = "javascript";
          } else if (r.filterCurlyBracket() && line.indexOf('{') >= 0) {
            return drop(doc, CURLY_BRACKET, lines, removed, sentenceCount, 1, 0);
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
          doc, TOO_FEW_SENTENCES, lines, removed, sentenceCount, sentenceCount, r.minSentences());
    }
    if (removed == 0 && citations == 0) {
      return Outcomes.keep(doc, NAME, scores(lines, 0, sentenceCount, 0));
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
        NAME,
        scores(lines, removed, sentenceCount, removedFrac),
        removed > 0 ? LINES_REMOVED : CITATIONS_REMOVED,
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
        doc, NAME, scores(lines, removed, sentenceCount, 0), reason, value, threshold);
  }

  private static Map<String, Double> scores(
      int lines, int removed, int sentenceCount, double removedFrac) {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put(S_LINES, (double) lines);
    scores.put(S_LINES_REMOVED, (double) removed);
    scores.put(S_REMOVED_CHAR_FRAC, removedFrac);
    scores.put(S_SENTENCES, (double) sentenceCount);
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
