package org.crawlsieve.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into word tokens with Lucene: Unicode word boundaries (UAX #29, {@link
 * StandardTokenizer}) for languages written with spaces, ICU dictionary segmentation ({@link
 * ICUTokenizer}) for Chinese, Japanese, Thai and the other languages without them, so that word
 * counts, word lengths and n-grams mean the same thing in every language.
 *
 * <p>Analyzers are expensive to build: one segmenter serves every document of a partition (Lucene
 * reuses each analyzer's token stream per thread). It keeps the last result, so the filters of one
 * stage that look at the same text and language split it once.
 */
final class WordSegmenter {
  private final Analyzer standard =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };
  private final Analyzer icu =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          return new TokenStreamComponents(new ICUTokenizer());
        }
      };

  private String lastText;
  private boolean lastSegmented;
  private Words lastWords;

  /** The word tokens of {@code text}; {@code segmented} selects ICU dictionary segmentation. */
  Words split(String text, boolean segmented) {
    if (text == lastText && segmented == lastSegmented && lastWords != null) {
      return lastWords;
    }
    Words words = tokenize(segmented ? icu : standard, text);
    lastText = text;
    lastSegmented = segmented;
    lastWords = words;
    return words;
  }

  private static Words tokenize(Analyzer analyzer, String text) {
    String[] tokens = new String[Math.max(16, text.length() / 6)];
    int[] starts = new int[tokens.length];
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == tokens.length) {
          tokens = Arrays.copyOf(tokens, n * 2);
          starts = Arrays.copyOf(starts, n * 2);
        }
        tokens[n] = term.toString();
        starts[n] = offset.startOffset();
        n++;
      }
      ts.end();
    } catch (IOException e) {
      // a StringReader never fails; keep the signature honest anyway
      throw new UncheckedIOException(e);
    }
    return new Words(text, Arrays.copyOf(tokens, n), Arrays.copyOf(starts, n));
  }
}
