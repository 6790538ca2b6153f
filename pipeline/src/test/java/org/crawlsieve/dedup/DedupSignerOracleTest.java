package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.crawlsieve.testing.SharedPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The array-based signer ({@link DedupSigner}, {@link TextNormalizer} with {@link CharActions})
 * against the String-based one it replaced ({@link LegacyDedupSigner}): the same text hash and
 * every MinHash value on edge cases, every BMP char in several contexts, random strings and the
 * shared texts (WET documents, the lingua test sentences of 75 languages, the HTML pages' extracted
 * text).
 */
class DedupSignerOracleTest {
  private final DedupSigner signer = new DedupSigner(DedupConfig.defaults());
  private final LegacyDedupSigner oracle = new LegacyDedupSigner(DedupConfig.defaults());

  private void assertSameSignature(String text) {
    DedupSignature want = oracle.sign(text);
    DedupSignature got = signer.sign(text);
    String what = text == null ? "null" : abbreviate(text);
    assertEquals(want.textHash(), got.textHash(), what);
    assertArrayEquals(want.minhash(), got.minhash(), what);
    if (text != null) {
      assertEquals(LegacyDedupSigner.normalize(text), TextNormalizer.normalize(text), what);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        " \t\n ",
        "a",
        "one two",
        "one two three",
        "one two three four",
        "one two three four five",
        "One, TWO; three... four! five? six",
        "Caf\u00e9 CAF\u00c9 cafe\u0301 \u00e7a va",
        "e\u0316\u0301 a\u0301\u0316 \u0345x \u093c\u0334 reorder",
        "\ud83d\ude00 emoji \ud835\udc00\ud835\udc01 math bold \ud801\udc00 deseret",
        "lone \ud800 high, lone \udc00 low, \udc00\ud800 swapped, end \ud83d",
        "\ufb01ne \u2122 \u00bd \u2460 \u33a1 \ufdfa ligatures and compatibility",
        "\u00a0nbsp\u2026ellipsis\u2002en\u3000ideographic\u200bzw",
        "\u0130stanbul \u212a Kelvin \u01c5 titlecase \u1e9e sharp",
        "\u039f\u0394\u039f\u03a3 \u03bf\u03b4\u03bf\u03c2 final sigma",
        "\ud55c\uad6d\uc5b4 \u1100\u1161\u11a8 hangul jamo",
        "\uff21\uff22\uff23\uff11\uff12\uff13 full width",
        "\u0939\u093f\u0928\u094d\u0926\u0940 \u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22",
        "\u0627\u0644\u0639\u064e\u0631\u064e\u0628\u0650\u064a\u0651\u064e\u0629 arabic",
        "a\u200db\u00adc\ufeffd soft hyphen and joiners",
        "\u2018curly\u2019 \u201cquotes\u201d \u2013 dash \u2014 \u00ab\u00bb",
        "2024-01-31 12:00 \u0661\u0662\u0663 \u096a digits",
        "\u0301\u0301 leading marks"
      })
  void edgeCases(String text) {
    assertSameSignature(text);
  }

  @Test
  void nullSignsAsEmpty() {
    assertSameSignature(null);
    assertEquals(signer.sign(""), signer.sign(null));
  }

  /** The cut before a surrogate pair's low half, as {@code Text.truncate} makes it. */
  @Test
  void truncatedTextsAsBefore() {
    for (int max = 1; max < 12; max++) {
      DedupConfig c =
          new DedupConfig(
              null, null, null, null, null, null, null, null, max, null, null, null, null, null,
              null);
      DedupSigner cut = new DedupSigner(c);
      LegacyDedupSigner cutOracle = new LegacyDedupSigner(c);
      for (String t : List.of("ab\ud83d\ude00cd ef gh ij", "a\u0301b\u0316c d e f g h i j k")) {
        assertEquals(cutOracle.sign(t), cut.sign(t), max + " " + t);
      }
    }
  }

  /** Every BMP char alone and between neighbours that a decomposition could interact with. */
  @Test
  void everyBmpCharInContext() {
    StringBuilder all = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      String where = "U+" + Integer.toHexString(c);
      for (String t :
          new String[] {
            s,
            "a" + s + "B",
            "\u0301" + s + "\u0345",
            "\u00e9" + s + "9",
            s + s,
            "\u00fc" + s + "\u00fc\u0316",
            s + "\u0316\u00d6"
          }) {
        assertEquals(LegacyDedupSigner.normalize(t), TextNormalizer.normalize(t), where);
      }
      all.append(s).append(c % 7 == 0 ? " " : "");
    }
    for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.getType(cp) != Character.UNASSIGNED) {
        all.appendCodePoint(cp).append(cp % 5 == 0 ? "\u0301 " : "");
      }
    }
    assertSameSignature(all.toString());
  }

  @Test
  void randomStrings() {
    Random rnd = new Random(11);
    String alphabet =
        "aZ09 \t\n.,-_'\"~\u00e9\u00c9\u0301\u0316\u0345\u00df\u0130\u212a\uff21\u00bd\u2460"
            + "\u200d\u00ad\u0416\u65e5\u2019\u00a0\u2026\ufb01\ud83d\ude00\ud800\udc00\u093c"
            + "\u0903\u1100\u1161\uac00\u03a3\u00fc\u00d6\u1e69\u0323\u0f71";
    for (int k = 0; k < 5000; k++) {
      StringBuilder b = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int i = 0; i < n; i++) {
        if (rnd.nextInt(8) == 0) {
          b.append((char) rnd.nextInt(0x10000)); // anything, lone surrogates included
        } else {
          b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      assertSameSignature(b.toString());
    }
  }

  @Test
  void sharedTexts() throws IOException {
    Path shared = sharedDir();
    assumeTrue(shared != null, "../shared is absent (CI-only data)");
    List<Path> files = new ArrayList<>();
    for (String sub : List.of("data/text", "data/langid")) {
      Path dir = shared.resolve(sub);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> s = Files.walk(dir)) {
          s.filter(p -> p.toString().matches(".*\\.(txt|jsonl|md)$")).sorted().forEach(files::add);
        }
      }
    }
    assumeTrue(!files.isEmpty(), "no shared texts");
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      assertSameSignature(text);
      // and in pieces of a page's size, so that short texts and cuts inside lines are covered
      for (int i = 0; i < text.length(); i += 4000) {
        assertSameSignature(text.substring(i, Math.min(text.length(), i + 5000)));
      }
    }
  }

  @Test
  void sharedHtmlPagesExtracted() throws IOException {
    Path shared = sharedDir();
    assumeTrue(shared != null, "../shared is absent (CI-only data)");
    Path html = shared.resolve("data/extraction/trafilatura-eval/html");
    assumeTrue(Files.isDirectory(html), "trafilatura-eval pages are absent (CI-only data)");
    for (String text : SharedPages.extractedTexts(html, 1)) {
      assertSameSignature(text);
    }
  }

  private static Path sharedDir() {
    String repo = System.getProperty("crawlsieve.repo");
    if (repo != null) {
      Path p = Path.of(repo).resolve("../shared").normalize();
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    String env = System.getenv("CRAWLSIEVE_SHARED");
    return env != null && Files.isDirectory(Path.of(env)) ? Path.of(env) : null;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
