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
 * reuses each analyzer's token stream per thread). It keeps the last result, so the filters of one
 * stage that look at the same text and language split it once.
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

  /** {@link StandardTokenizer}'s default maximum token length (255), taken from it. */
  private final int maxTokenLength = new StandardTokenizer().getMaxTokenLength();

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
    Words words = segmented ? tokenize(icu, text) : scan(text);
    lastText = text;
    lastSegmented = segmented;
    lastWords = words;
    return words;
  }

  private Words scan(String text) {
    String[] tokens = new String[Math.max(16, text.length() / 6)];
    int[] starts = new int[tokens.length];
    int n = 0;
    scanner.yyreset(new StringReader(text));
    try {
      while (scanner.getNextToken() != StandardTokenizerImpl.YYEOF) {
        if (scanner.yylength() > maxTokenLength) {
          continue;
        }
        if (n == tokens.length) {
          tokens = Arrays.copyOf(tokens, n * 2);
          starts = Arrays.copyOf(starts, n * 2);
        }
        tokens[n] = scanner.yytext();
        starts[n] = scanner.yychar();
        n++;
      }
    } catch (IOException e) {
      // a StringReader never fails; keep the signature honest anyway
      throw new UncheckedIOException(e);
    }
    return new Words(text, Arrays.copyOf(tokens, n), Arrays.copyOf(starts, n));
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
