package org.crawlsieve.quality;

/**
 * Characters that end a sentence. The ASCII five are C4's and FineWeb's ({@code . ! ? " '}); the
 * others are the full stops, question and exclamation marks of scripts that do not use the Latin
 * ones (CJK, Devanagari, Arabic, Armenian, Ethiopic, Myanmar, Thai-adjacent), which never end an
 * English line, so English results equal the reference implementation's.
 */
final class TerminalPunctuation {
  private TerminalPunctuation() {}

  private static final String MARKS = ".!?\"'。！？．｡।॥؟۔։።፧၊။";

  static boolean isTerminal(char c) {
    return MARKS.indexOf(c) >= 0;
  }

  /** True when the line's last character is terminal punctuation (no stripping). */
  static boolean endsLine(String line) {
    return !line.isEmpty() && isTerminal(line.charAt(line.length() - 1));
  }
}
