package org.crawlsieve.quality;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizerImpl;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into word tokens with Lucene: Unicode word boundaries (UAX #29, {@link
 * StandardTokenizer}) for languages written with spaces, ICU dictionary segmentation ({@link
 * ICUTokenizer}) for Chinese, Japanese, Thai and the other languages without them, so that word
 * counts, word lengths and n-grams mean the same thing in every language.
 *
 * <p>Analyzers are expensive to build: one segmenter serves every document of a partition (Lucene
 * reuses each analyzer's token stream per thread). It keeps no results: {@link RecentSplits} does,
 * so the filters of one stage split each text once.
 */
final class WordSegmenter {
  /**
   * The scanner inside {@link StandardTokenizer}, driven directly: the tokenizer's per-token
   * attribute work (clearing and filling term, offset, position and type attributes, then copying
   * the term out) was a fifth to a quarter of the split's CPU time. Same scanner, same default
   * buffer, same rule (a token longer than the tokenizer's default maximum length is skipped), so
   * the same tokens at the same offsets; {@code WordSegmenterTest} checks it against the tokenizer.
   */
  private final StandardTokenizerImpl scanner = new StandardTokenizerImpl(new StringReader(""));

  /** Feeds the scanner the split's own copy of the text's characters. */
  private final CharsReader reader = new CharsReader();

  /** {@link StandardTokenizer}'s default maximum token length (255), taken from it. */
  private final int maxTokenLength = new StandardTokenizer().getMaxTokenLength();

  private final Analyzer icu =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          return new TokenStreamComponents(new ICUTokenizer());
        }
      };

  /** The word tokens of {@code text}; {@code segmented} selects ICU dictionary segmentation. */
  Words split(String text, boolean segmented) {
    return segmented ? tokenize(icu, text) : scan(text);
  }

  private Words scan(String text) {
    char[] chars = text.toCharArray();
    int[] starts = new int[Math.max(16, chars.length / 6)];
    int[] ends = new int[starts.length];
    int n = 0;
    scanner.yyreset(reader.reset(chars, chars.length));
    try {
      while (scanner.getNextToken() != StandardTokenizerImpl.YYEOF) {
        int length = scanner.yylength();
        if (length > maxTokenLength) {
          continue;
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        // the token is the text's characters at [yychar, yychar + yylength): no yytext() copy
        int start = scanner.yychar();
        starts[n] = start;
        ends[n] = start + length;
        n++;
      }
    } catch (IOException e) {
      // reading an array never fails; keep the signature honest anyway
      throw new UncheckedIOException(e);
    }
    return new Words(text, chars, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  private static Words tokenize(Analyzer analyzer, String text) {
    char[] chars = text.toCharArray();
    int[] starts = new int[Math.max(16, chars.length / 6)];
    int[] ends = new int[starts.length];
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = offset.startOffset();
        int end = start + term.length();
        // ICU's tokenizer copies terms out of the text unchanged; a range is only right if so
        if (end > chars.length
            || !Arrays.equals(term.buffer(), 0, term.length(), chars, start, end)) {
          throw new IllegalStateException("ICU token is not the text at its offset: " + start);
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          ends = Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = end;
        n++;
      }
      ts.end();
    } catch (IOException e) {
      // a StringReader never fails; keep the signature honest anyway
      throw new UncheckedIOException(e);
    }
    return new Words(text, chars, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }
}
