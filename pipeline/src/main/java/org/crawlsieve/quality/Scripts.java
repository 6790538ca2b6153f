package org.crawlsieve.quality;

/** Scripts whose languages are written without spaces between words. */
final class Scripts {
  private Scripts() {}

  static boolean unspaced(int codePoint) {
    Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
      default -> false;
    };
  }
}
