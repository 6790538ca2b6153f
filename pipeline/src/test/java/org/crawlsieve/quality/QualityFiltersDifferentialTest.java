package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepFactory;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.testing.SharedPages;
import org.crawlsieve.warc.RawRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rewritten quality filters (lines walked in place, exact n-gram ids, per-word decisions taken
 * once per distinct word) against the implementations they replaced ({@link
 * GopherRepetitionOracle}, {@link GopherQualityOracle}, {@link C4Oracle}, {@link FineWebOracle}):
 * the same document, decision, scores and evidence on edge cases, random texts, the shared WET
 * texts and the shared HTML pages' extracted texts. One step instance serves all documents of a
 * test, so the reuse of its tables from document to document is exercised too.
 */
class QualityFiltersDifferentialTest {
  private final QualityConfig config = CrawlsieveConfig.defaults().quality();
  private final QualityContext newContext = new QualityContext(config);
  private final QualityContext oldContext = new QualityContext(config);
  private final GopherRepetitionStep repetition = new GopherRepetitionStep(newContext);
  private final GopherRepetitionOracle repetitionOracle = new GopherRepetitionOracle(oldContext);
  private final GopherQualityStep quality = new GopherQualityStep(newContext);
  private final GopherQualityOracle qualityOracle = new GopherQualityOracle(oldContext);
  private final C4Step c4 = new C4Step(newContext);
  private final C4Oracle c4Oracle = new C4Oracle(oldContext);
  private final FineWebStep fineweb = new FineWebStep(newContext);
  private final FineWebOracle finewebOracle = new FineWebOracle(oldContext);

  /** Every filter, old and new, on the same document (as the pipeline order hands them one). */
  private void assertSame(Document doc) {
    assertResult(repetitionOracle.apply(doc), repetition.apply(doc), doc);
    assertResult(qualityOracle.apply(doc), quality.apply(doc), doc);
    assertResult(c4Oracle.apply(doc), c4.apply(doc), doc);
    assertResult(finewebOracle.apply(doc), fineweb.apply(doc), doc);
  }

  /**
   * What the stop-word shortcut of {@link GopherQualityStep} rests on: lower-casing never makes a
   * string shorter, for any code point alone, nor for a final sigma, whose mapping depends on its
   * neighbours.
   */
  @Test
  void lowerCasingNeverShortens() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      String hex = Integer.toHexString(cp);
      assertTrue(s.toLowerCase(Locale.ROOT).length() >= s.length(), () -> "shorter: U+" + hex);
    }
    for (String t : List.of("\u03a3", "A\u03a3", "A\u03a3 B", "A\u03a3\u03a3", "\u03a3A")) {
      assertEquals(t.length(), t.toLowerCase(Locale.ROOT).length(), t);
    }
  }

  private static void assertResult(StepResult want, StepResult got, Document doc) {
    String what = doc.id() + " " + abbreviate(doc.text());
    assertEquals(want.decision(), got.decision(), what);
    assertEquals(want.document(), got.document(), what);
    // score order too (the decision keeps them sorted, the document as inserted)
    assertEquals(
        List.copyOf(want.document().scores().keySet()),
        List.copyOf(got.document().scores().keySet()),
        what);
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 120) + "…";
  }

  /**
   * What the in-place strips and blank tests rest on: every whitespace code point is in the BMP and
   * no surrogate is whitespace, so testing chars gives what {@link String#strip} and {@link
   * String#isBlank} (which test code points) give.
   */
  @Test
  void whitespaceIsBmpOnly() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isWhitespace(cp)) {
        assertTrue(cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE, "U+" + cp);
        assertTrue(cp < Character.MIN_SUPPLEMENTARY_CODE_POINT, "U+" + cp);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\n",
        "\n\n\n",
        " \t\n \n\n\u2028 ",
        "one",
        "one two",
        "a b c d e",
        "a b c d e f g h i j",
        "a b c d e f g h i j k",
        "a b c d e a b c d e",
        "a b c d e f g h i j a b c d e f g h i j",
        "a a a a a a a a a a a a a a a a a a a a a a a",
        "a b a b a b a b a b a b a b a b a b a b a b",
        "same line\nsame line\nsame line\nother line",
        "same line\n\n\nsame line\n\nsame line",
        "para one.\nline two.\n\npara one.\nline two.\n\n\npara three",
        "  padded para  \n\n  padded para  \n\n",
        "\n\nlead\n\nlead\n\n",
        // equal String hash codes, different lines and words: "Aa" and "BB"
        "Aa\nBB\nAa\nBB\nAaBB\nBBAa\nAaAa\nBBBB",
        "Aa BB Aa BB AaAa BBBB AaBB BBAa Aa BB Aa BB AaAa BBBB AaBB BBAa",
        "AaAa BBBB\n\nBBBB AaAa\n\nAaBB BBAa\n\nAaAa BBBB",
        "crlf line\r\ncrlf line\r\ncrlf line",
        "tabs\t\t\nonly \u00a0 \u2003\n \n\u3000\n",
        "emoji \uD83D\uDE00 word \uD83D\uDE00 word \uD83D\uDE00 word \uD83D\uDE00 word",
        "- item\n- item\n- item\n\u2022 other\n...",
        "end.\nend!\nend?\n\"quoted\"\n'single'\nno mark\n\u3002\n",
        "....... .. ... ....\n#tag ## \u2026\u2026 \u2026\n  \u2022 bullet...  \n\t- dash\u2026\t",
        "..\r\n.\r..\u2028...\u2029 - x\u0085 \u2022\n",
        "The THE the To of AND and That have WITH with \u0130 \u03a3\u03a3 Stra\u00dfe der die das",
        "lorem ipsum dolor sit amet\nJavaScript is required to view this page\nwe use cookies",
        "A line with a {curly} bracket and enough words.\nOther line here with words.",
        "Cited text here [1] and more words [edit] and [citation needed] done.",
      })
  void edgeCases(String text) {
    for (String lang : List.of("en", "de", "ja", "ko", "und")) {
      assertSame(QualityTesting.doc(text, lang));
    }
  }

  @Test
  void longRepeatedLinesAndParagraphs() {
    String line = QualityTesting.repeat(400, "word", " ");
    assertSame(QualityTesting.doc(QualityTesting.repeat(50, line, "\n"), "en"));
    String para = "First line of a paragraph.\nSecond line, a little longer than the first.";
    assertSame(QualityTesting.doc(QualityTesting.repeat(300, para, "\n\n"), "en"));
    assertSame(QualityTesting.doc(QualityTesting.repeat(300, para, "\n\n\n\n"), "en"));
    String japanese = "これは日本語の文です。同じ文が何度も繰り返されます。";
    assertSame(QualityTesting.doc(QualityTesting.repeat(200, japanese, "\n"), "ja"));
    // C4's word-length rule on both sides of its 1000 characters, in lines longer and shorter
    String word1000 = "x".repeat(1000);
    String word1001 = "y".repeat(1001);
    String text =
        String.join(
            "\n",
            "short line with words.",
            word1000,
            "a " + word1000 + " b",
            word1001,
            "c " + word1001 + ".",
            QualityTesting.repeat(300, "many short words", " "),
            "\u65e5".repeat(1500));
    for (String lang : List.of("en", "ja")) {
      assertSame(QualityTesting.doc(text, lang));
    }
  }

  /** Random texts over small vocabularies (so n-grams repeat at every n) and large ones. */
  @Test
  void randomTexts() {
    Random rnd = new Random(11);
    String[] seps = {" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", ". ", ", ", " \t", "\r\n"};
    String[] special = {
      "Aa",
      "BB",
      "AaAa",
      "BBBB",
      "AaBB",
      "BBAa",
      "é",
      "日本",
      "\uD83D\uDE00",
      "the",
      "The",
      "AND",
      "der",
      "\u0130",
      "- ",
      "\u2022",
      "...",
      "\u2026",
      "#",
      "[1]",
      "{",
      "javascript",
      "lorem ipsum"
    };
    for (int doc = 0; doc < 1500; doc++) {
      int words = doc % 50 == 0 ? rnd.nextInt(20_000) : rnd.nextInt(600);
      int vocabulary = 1 + rnd.nextInt(doc % 3 == 0 ? 6 : 2000);
      StringBuilder sb = new StringBuilder();
      List<Integer> lineStarts = new ArrayList<>();
      lineStarts.add(0);
      for (int i = 0; i < words; i++) {
        if (rnd.nextInt(40) == 0 && lineStarts.size() > 1) {
          // copy an earlier stretch: repeated lines, paragraphs and long n-grams
          int from = lineStarts.get(rnd.nextInt(lineStarts.size() - 1));
          int to = Math.min(sb.length(), from + rnd.nextInt(200));
          sb.append(sb, from, to);
        }
        sb.append(
            rnd.nextInt(10) == 0
                ? special[rnd.nextInt(special.length)]
                : Integer.toString(rnd.nextInt(vocabulary), 36));
        String sep = seps[rnd.nextInt(seps.length)];
        sb.append(sep);
        if (sep.indexOf('\n') >= 0) {
          lineStarts.add(sb.length());
        }
      }
      String text = rnd.nextBoolean() ? sb.toString() : " \n" + sb + "\n ";
      assertSame(QualityTesting.doc(text, doc % 7 == 0 ? "ja" : doc % 5 == 0 ? "de" : "en"));
    }
  }

  @Test
  void sharedWetTexts() throws IOException {
    Path dir = SharedText.dir();
    assumeTrue(dir != null, "../shared/data/text is absent (CI-only data)");
    List<Document> docs = SharedText.documents(dir);
    assertTrue(docs.size() >= 10, "documents: " + docs.size());
    for (Document d : docs) {
      assertSame(d);
    }
  }

  /**
   * The 990 shared HTML pages through the default per-record pipeline: both implementations on the
   * text that reaches the quality stage, and on what reaches each step in pipeline order.
   */
  @Test
  void sharedHtmlPagesExtracted() throws IOException {
    Path dir = SharedText.dir();
    assumeTrue(dir != null, "../shared is absent (CI-only data)");
    Path html = dir.resolve("../extraction/trafilatura-eval/html");
    assumeTrue(Files.isDirectory(html), "trafilatura-eval pages are absent (CI-only data)");
    CrawlsieveConfig all = CrawlsieveConfig.defaults();
    DocumentExtractor extractor = new DocumentExtractor(all.extract());
    List<Step> steps = StepFactory.perRecordSteps(all);
    List<Path> files = SharedPages.files(html);
    int compared = 0;
    for (int i = 0; i < files.size(); i++) {
      RawRecord raw =
          SharedPages.response(
              i, SharedPages.html(files.get(i)), "https://page" + i + ".example.org/page.html");
      Document d = extractor.extract(raw).document();
      for (Step step : steps) {
        if (d == null) {
          break;
        }
        if (step.name().equals(LengthStep.NAME)
            || step.name().equals(GopherRepetitionStep.NAME)
            || step.name().equals(GopherQualityStep.NAME)
            || step.name().equals(C4Step.NAME)
            || step.name().equals(FineWebStep.NAME)) {
          assertSame(d);
          compared++;
        }
        StepResult r = step.apply(d);
        d = r.decision().verdict().excludes() ? null : r.document();
      }
    }
    assertTrue(compared > files.size(), "compared " + compared);
  }
}
