package org.crawlsieve.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.crawlsieve.extract.HtmlExtractor;
import org.crawlsieve.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link OptimaizeDetector} answers exactly as Tika's Optimaize path ({@link
 * TikaOptimaizeReference}): the same language and the same score, bit for bit, and the same double
 * probabilities before Tika rounds the top one to a float, on edge cases, random Unicode and, when
 * {@code ../shared} is present, Lingua's test sentences and the texts of the 990 shared HTML pages.
 */
class OptimaizeDetectorExactnessTest {
  private static final OptimaizeDetector FAST = new OptimaizeDetector();
  private static final TikaOptimaizeReference TIKA = new TikaOptimaizeReference();

  /** Tika's Optimaize detector itself (private in Tika), for the probabilities before Tika. */
  private static final com.optimaize.langdetect.LanguageDetector OPTIMAIZE;

  private static final List<LdLocale> LANGUAGES;

  static {
    try {
      Field detector = OptimaizeLangDetector.class.getDeclaredField("DEFAULT_DETECTOR");
      detector.setAccessible(true);
      OPTIMAIZE = (com.optimaize.langdetect.LanguageDetector) detector.get(null);
      Field data = OPTIMAIZE.getClass().getDeclaredField("ngramFrequencyData");
      data.setAccessible(true);
      LANGUAGES = ((NgramFrequencyData) data.get(OPTIMAIZE)).getLanguageList();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String PROSE =
      "The committee met on Tuesday to discuss the budget for the coming year, and after a long"
          + " debate the members agreed to postpone the decision until the next meeting. ";

  static Stream<Arguments> edgeCases() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("empty", ""));
    cases.add(Arguments.of("one space", " "));
    cases.add(Arguments.of("spaces", "     "));
    cases.add(Arguments.of("40 spaces", " ".repeat(40)));
    cases.add(Arguments.of("tabs and newlines", "\t\n\r\n\t"));
    cases.add(Arguments.of("digits", "1234567890"));
    cases.add(Arguments.of("long digits", "0123456789 ".repeat(30)));
    cases.add(Arguments.of("punctuation", "!!! ??? ... ,,, ;;; --- ***"));
    cases.add(Arguments.of("NUL chars", "\0\0a\0b c\0"));
    cases.add(Arguments.of("emoji (surrogate pairs)", "😀😃😄 party 🎉🎉 time 😀".repeat(5)));
    cases.add(Arguments.of("CJK extension B", "𠀀𠀁𠀂 𠀃𠀄 漢字 かな カナ".repeat(4)));
    cases.add(Arguments.of("lone surrogates", "\uD800 abc \uDC00 def \uDBFF" + PROSE));
    cases.add(
        Arguments.of(
            "mixed scripts",
            "Hello мир, 你好世界, مرحبا بالعالم, नमस्ते दुनिया, こんにちは, Γειά σου Κόσμε"));
    cases.add(Arguments.of("leading space", " " + PROSE));
    cases.add(Arguments.of("trailing spaces", PROSE + "   "));
    cases.add(Arguments.of("German", "Der schnelle braune Fuchs springt über den faulen Hund."));
    cases.add(Arguments.of("Russian", "Быстрая коричневая лиса прыгает через ленивую собаку."));
    cases.add(Arguments.of("Chinese", "我们今天在公园里散步，天气非常好，大家都很开心。"));
    cases.add(Arguments.of("Arabic", "ذهب الولد إلى المدرسة في الصباح الباكر مع أصدقائه"));
    // around the short-text threshold (30 chars of Tika's buffer, which adds a space)
    for (int n = 1; n <= 40; n++) {
      cases.add(Arguments.of("prose prefix " + n, PROSE.substring(0, n)));
      cases.add(Arguments.of("spaced prefix " + n, " " + PROSE.substring(0, n)));
    }
    // around Tika's 4,096-char chunks and 20,000-char limit
    for (int n :
        new int[] {999, 1000, 1001, 4095, 4096, 4097, 8192, 8193, 19_999, 20_000, 25_000}) {
      cases.add(Arguments.of("prose of " + n, repeat(PROSE, n)));
      cases.add(Arguments.of("spaceless of " + n, repeat("abcdefghij", n)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeCases")
  void edgeCasesMatchTika(String name, String text) {
    assertSameAsTika(text, name);
  }

  /** The comparison is not vacuous: real answers, with the scores Optimaize gives. */
  @Test
  void proseGetsARealAnswer() {
    LanguageDetector.Detection d = FAST.detect(PROSE);
    assertEquals("en", d.language());
    assertNotEquals(0.0, d.score());
    assertEquals(LanguageDetector.Detection.UNKNOWN, FAST.detect(" "));
  }

  @Test
  void randomUnicodeMatchesTika() {
    Random random = new Random(20261122);
    String[] alphabets = {
      "abcdefghijklmnopqrstuvwxyz      ",
      "aàáâäãåæçèéêëìíîïñòóôöøùúûüýÿßœ  ",
      "абвгдеёжзийклмнопрстуфхцчшщъыьэюя   ",
      "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年 ",
      "αβγδεζηθικλμνξοπρστυφχψω  ",
      "אבגדהוזחטיכלמנסעפצקרשת  ",
      "0123456789 .,;:!?-",
    };
    for (int i = 0; i < 1500; i++) {
      int length = random.nextInt(i < 500 ? 60 : 1200);
      StringBuilder sb = new StringBuilder(length);
      int mode = random.nextInt(alphabets.length + 2);
      for (int c = 0; c < length; c++) {
        if (mode < alphabets.length) {
          String a = alphabets[random.nextInt(2) == 0 ? mode : random.nextInt(alphabets.length)];
          sb.append(a.charAt(random.nextInt(a.length())));
        } else if (mode == alphabets.length) {
          sb.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates too
        } else {
          sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        }
      }
      String text = sb.toString();
      assertSameAsTika(text, "random text " + text);
    }
  }

  @Test
  void linguaTestLinesMatchTika() throws IOException {
    Optional<Path> data = SharedData.dir("langid/lingua-testdata");
    assumeTrue(data.isPresent(), "../shared/data/langid/lingua-testdata not found");
    int compared = 0;
    for (String set : List.of("sentences", "word-pairs", "single-words")) {
      List<Path> files;
      try (Stream<Path> s = Files.list(data.get().resolve(set))) {
        files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      }
      int perFile = set.equals("sentences") ? 150 : 40;
      for (Path f : files) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (String line : lines.subList(0, Math.min(perFile, lines.size()))) {
          assertSameAsTika(line, f + ": " + line);
          compared++;
        }
      }
    }
    assertNotEquals(0, compared);
  }

  @Test
  void sharedPageTextsMatchTika() throws IOException {
    Optional<Path> html = SharedData.dir("extraction/trafilatura-eval/html");
    assumeTrue(html.isPresent(), "../shared/data/extraction/trafilatura-eval/html not found");
    List<Path> files;
    try (Stream<Path> s = Files.list(html.get())) {
      files = s.sorted().toList();
    }
    HtmlExtractor extractor = new HtmlExtractor();
    for (Path f : files) {
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        bytes = in.readAllBytes();
      }
      String text = extractor.extract(bytes, null, null).text();
      // what the hybrid detector hands over (the first 1,000 chars), and the whole text
      String head = text.substring(0, Math.min(text.length(), HybridDetector.FAST_CHARS));
      assertSameAsTika(head, f + " (first 1,000 chars)");
      assertSameAsTika(text, f + " (whole text)");
    }
  }

  /**
   * The same detection as Tika's path, and, as the detection shows only a float of the top
   * language, the same double probability of every language Optimaize reports (those at or above
   * its threshold), and no other language at or above it.
   */
  private static void assertSameAsTika(String text, String what) {
    assertEquals(TIKA.detect(text), FAST.detect(text), what);
    char[] buffer = OptimaizeDetector.tikaBuffer(text);
    List<DetectedLanguage> expected =
        OPTIMAIZE.getProbabilities(new String(buffer, 1, buffer.length - 1));
    double[] actual = FAST.probabilities(text);
    int reported = 0;
    for (int i = 0; actual != null && i < actual.length; i++) {
      reported += actual[i] >= 0.1 ? 1 : 0;
    }
    assertEquals(expected.size(), reported, what);
    for (DetectedLanguage d : expected) {
      double p = actual[LANGUAGES.indexOf(d.getLocale())];
      assertEquals(
          Double.doubleToRawLongBits(d.getProbability()),
          Double.doubleToRawLongBits(p),
          () -> what + ": " + d + " vs " + p);
    }
  }

  private static String repeat(String unit, int length) {
    StringBuilder sb = new StringBuilder(length + unit.length());
    while (sb.length() < length) {
      sb.append(unit);
    }
    return sb.substring(0, length);
  }
}
