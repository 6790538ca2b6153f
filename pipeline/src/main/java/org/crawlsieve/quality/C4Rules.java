package org.crawlsieve.quality;

import org.crawlsieve.config.Checks;

/**
 * Settings of the C4 rules (Raffel et al. 2020; datatrove's {@code C4QualityFilter}). Line rules
 * remove lines; document rules drop the document. Null fields inherit (see {@link
 * GopherQualityRules}).
 *
 * @param filterNoTerminalPunct remove lines not ending in terminal punctuation (C4 does; FineWeb
 *     does not, so the default is false)
 * @param removeCitations strip Wikipedia-style citation marks ({@code [1]}, {@code [edit]}, {@code
 *     [citation needed]}) from kept lines
 * @param minWordsPerLine remove lines with fewer word tokens
 * @param maxWordLength remove lines with a word longer than this many characters; 0 disables
 * @param filterJavascript remove lines containing "javascript"
 * @param filterPolicy remove lines with cookie / terms-of-use / privacy-policy boilerplate
 * @param filterLoremIpsum drop documents containing "lorem ipsum"
 * @param filterCurlyBracket drop documents with a curly bracket {@code {}
 * @param minSentences drop documents with fewer sentences in their kept lines; 0 disables
 */
public record C4Rules(
    Boolean filterNoTerminalPunct,
    Boolean removeCitations,
    Integer minWordsPerLine,
    Integer maxWordLength,
    Boolean filterJavascript,
    Boolean filterPolicy,
    Boolean filterLoremIpsum,
    Boolean filterCurlyBracket,
    Integer minSentences) {

  /** FILTERS.md defaults (as FineWeb runs C4: lines without terminal punctuation are kept). */
  public static final C4Rules DEFAULTS =
      new C4Rules(false, true, 3, 1000, true, true, true, true, 5);

  private static final String KEY = "quality.c4.";

  public C4Rules {
    if (minWordsPerLine != null) {
      Checks.nonNegative(KEY + "min_words_per_line", minWordsPerLine);
    }
    if (maxWordLength != null) {
      Checks.nonNegative(KEY + "max_word_length", maxWordLength);
    }
    if (minSentences != null) {
      Checks.nonNegative(KEY + "min_sentences", minSentences);
    }
  }

  public static C4Rules inherit() {
    return new C4Rules(null, null, null, null, null, null, null, null, null);
  }

  public C4Rules over(C4Rules base) {
    return new C4Rules(
        Rules.or(filterNoTerminalPunct, base.filterNoTerminalPunct),
        Rules.or(removeCitations, base.removeCitations),
        Rules.or(minWordsPerLine, base.minWordsPerLine),
        Rules.or(maxWordLength, base.maxWordLength),
        Rules.or(filterJavascript, base.filterJavascript),
        Rules.or(filterPolicy, base.filterPolicy),
        Rules.or(filterLoremIpsum, base.filterLoremIpsum),
        Rules.or(filterCurlyBracket, base.filterCurlyBracket),
        Rules.or(minSentences, base.minSentences));
  }
}
