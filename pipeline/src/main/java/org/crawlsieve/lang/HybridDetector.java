package org.crawlsieve.lang;

/**
 * Optimaize first (fast, accurate on paragraphs), Lingua where Optimaize is weak: short texts and
 * unsure answers. Lingua then sees only the first {@code linguaChars} characters, which bounds its
 * cost (it is ~20x slower per character). Thread-safe when both detectors are.
 */
public final class HybridDetector implements LanguageDetector {
  /** Texts shorter than this go to Lingua directly. */
  static final int SHORT_TEXT_CHARS = 200;

  /**
   * Optimaize reads at most this many characters: on prose its answer is settled long before, and
   * its cost grows with the text.
   */
  static final int FAST_CHARS = 1000;

  /** Optimaize answers below this score are checked by Lingua. */
  static final double SURE_SCORE = 0.9;

  private final LanguageDetector fast;
  private final LanguageDetector careful;
  private final int linguaChars;

  public HybridDetector(LanguageDetector fast, LanguageDetector careful, int linguaChars) {
    this.fast = fast;
    this.careful = careful;
    this.linguaChars = linguaChars;
  }

  @Override
  public Detection detect(CharSequence text) {
    if (text.length() >= SHORT_TEXT_CHARS) {
      Detection d =
          fast.detect(text.length() > FAST_CHARS ? text.subSequence(0, FAST_CHARS) : text);
      if (d.score() >= SURE_SCORE) {
        return d;
      }
    }
    CharSequence head = text.length() > linguaChars ? text.subSequence(0, linguaChars) : text;
    return careful.detect(head);
  }
}
