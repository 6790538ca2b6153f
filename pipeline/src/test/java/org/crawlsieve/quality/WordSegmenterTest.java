package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.crawlsieve.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link WordSegmenter} drives Lucene's standard scanner directly (over its own {@code char[]}
 * reader since session 6, keeping token ranges instead of token strings); this checks it gives
 * exactly the tokens and start offsets of {@link StandardTokenizer} run through an {@link
 * Analyzer}, as the segmenter did before session 4, and that the ICU path gives those of {@link
 * ICUTokenizer}. One segmenter serves every input, so its reuse is tested too.
 */
class WordSegmenterTest {
  private final WordSegmenter segmenter = new WordSegmenter();
  private final Analyzer lucene =
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

  private Words reference(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tokens.add(term.toString());
        starts.add(offset.startOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Words.of(
        text, tokens.toArray(new String[0]), starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Both paths, each against its tokenizer: the scanner against {@link StandardTokenizer}, the
   * dictionary segmentation against {@link ICUTokenizer}. The tokens are ranges of the text since
   * session 6, so the tokens compared are the ranges read back, and the characters kept are the
   * text's.
   */
  private void assertSameSplit(String text) {
    for (boolean segmented : new boolean[] {false, true}) {
      Words want = reference(segmented ? icu : lucene, text);
      // a copy, so the segmenter's cache of the last text cannot answer
      Words got = segmenter.split(new String(text), segmented);
      String what = (segmented ? "icu: " : "scanner: ") + abbreviate(text);
      assertArrayEquals(want.tokens(), got.tokens(), what);
      assertArrayEquals(want.starts(), got.starts(), what);
      assertArrayEquals(text.toCharArray(), got.chars(), what);
      for (int i = 0; i < got.count(); i++) {
        assertEquals(want.token(i).length(), got.length(i), what);
      }
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "…";
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "word",
        "Hello, world! It's 3.14 o'clock; e-mail me@example.org or see https://x.example/a?b=1.",
        "U.S.A. 1,000,000 10:30 don't rock'n'roll naïve cafe\u0301 \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD",
        "日本語のテキストと中文文本 ภาษาไทยไม่มีช่องว่าง 한국어 텍스트",
        "line one\r\nline two\n\nline\u2028three\u0085four",
        "\u200b\u200dzero\u200cwidth\u00adsoft"
      })
  void edgeCases(String text) {
    assertSameSplit(text);
  }

  /** Tokens on both sides of the 255-character limit (longer ones are skipped), and long texts. */
  @Test
  void longTokensAndTexts() {
    for (int len : new int[] {254, 255, 256, 300, 510, 511, 4096, 5000}) {
      assertSameSplit("a " + "x".repeat(len) + " b " + "7".repeat(len) + " " + "日".repeat(len));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      sb.append("w").append(i % 977).append(i % 13 == 0 ? ".\n" : " ");
    }
    assertSameSplit(sb.toString());
  }

  /** Random strings over many scripts, punctuation, marks, emoji and unpaired surrogates. */
  @Test
  void randomTexts() {
    Random rnd = new Random(29);
    int[][] ranges = {
      {0x20, 0x7e},
      {0xa0, 0x24f},
      {0x300, 0x36f},
      {0x370, 0x52f},
      {0x591, 0x6ff},
      {0x900, 0x97f},
      {0xe00, 0xe7f},
      {0x1100, 0x11ff},
      {0x2000, 0x206f},
      {0x3000, 0x30ff},
      {0x4e00, 0x4eff},
      {0xac00, 0xacff},
      {0xd800, 0xdfff},
      {0xfe00, 0xfe0f},
      {0xff00, 0xffef},
      {0x1f300, 0x1f6ff},
      {0x1f1e6, 0x1f1ff},
      {0x20000, 0x200ff}
    };
    for (int doc = 0; doc < 1500; doc++) {
      int n = doc % 100 == 0 ? rnd.nextInt(30_000) : rnd.nextInt(400);
      StringBuilder sb = new StringBuilder();
      while (sb.length() < n) {
        int r = rnd.nextInt(10);
        if (r < 3) {
          sb.append(rnd.nextBoolean() ? ' ' : '\n');
        } else if (r < 6) {
          sb.append((char) ('a' + rnd.nextInt(26)));
        } else {
          int[] range = ranges[rnd.nextInt(ranges.length)];
          sb.appendCodePoint(range[0] + rnd.nextInt(range[1] - range[0] + 1));
        }
      }
      assertSameSplit(sb.toString());
    }
  }

  /** The shared WET texts and the raw shared HTML pages (markup is text too, here). */
  @Test
  void sharedTexts() throws IOException {
    Path dir = SharedText.dir();
    assumeTrue(dir != null, "../shared/data/text is absent (CI-only data)");
    int texts = 0;
    for (Document d : SharedText.documents(dir)) {
      assertSameSplit(d.text());
      texts++;
    }
    Path html = dir.resolve("../extraction/trafilatura-eval/html");
    if (Files.isDirectory(html)) {
      try (Stream<Path> files = Files.list(html)) {
        for (Path f : files.sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            assertSameSplit(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            texts++;
          }
        }
      }
    }
    assertTrue(texts >= 10, "texts: " + texts);
  }
}
