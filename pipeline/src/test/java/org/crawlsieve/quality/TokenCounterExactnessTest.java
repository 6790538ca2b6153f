package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.core.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cached piece-by-piece count of {@link TokenCounter} must equal jtokkit's own count of the
 * whole text, and {@link Cl100kPreTokenizer} must cut exactly where cl100k_base's split pattern
 * does.
 */
class TokenCounterExactnessTest {
  private static final Encoding JTOKKIT =
      Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  /** cl100k_base's split pattern, as published with tiktoken, in java.util.regex terms. */
  private static final Pattern CL100K =
      Pattern.compile(
          "(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\\r\\n\\p{L}\\p{N}]?\\p{L}+|\\p{N}{1,3}"
              + "| ?[^\\s\\p{L}\\p{N}]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** Characters taken from each shared HTML page (raw markup) or sentence file. */
  private static final int PREFIX_CHARS = 8_000;

  /** A counter whose cache is so small that it is emptied again and again. */
  private final TokenCounter tinyCache = new TokenCounter("cl100k_base", 8);

  private final TokenCounter counter = new TokenCounter("cl100k_base");

  static Stream<String> edgeCases() {
    return Stream.of(
        "",
        " ",
        "  ",
        "\n",
        "\r\n",
        "a",
        "hello world",
        "hello  world",
        "hello   world  ",
        "he's I'd 'tis I'm you'll we've they're",
        "HE'S I'D 'TIS I'M YOU'LL WE'VE THEY'RE",
        "'ſ 'Ve 'rE 'lL 'll 'l 'v 're' '",
        "'",
        "''s",
        "x'",
        "12345678 1 22 333 4444 ½² 3½ ١٢٣٤ Ⅻ",
        "a1b2c3 x123y",
        "  123  abc  ,,,  ",
        " ... !!!\n\n\n ?? \r\n\r\n",
        "\n\n\n   \n  x",
        "\n x\n  x\n   x",
        "\t\tx\t x \tx",
        "a\u00A0b \u00A0c\u2003\u2003d\u3000e\u0085f\u1680g",
        "end with spaces   ",
        "end with newline spaces \n  ",
        "(hello) [world] {foo} <bar> \"baz\" 'qux'",
        "e\u0301t\u00E9 na\u0308ive",
        "こんにちは世界、お元気ですか？",
        "Привет, мир! Как дела?",
        "مرحبا بالعالم",
        "नमस्ते दुनिया",
        "😀 smile 😀😀 emoji 👍🏽",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𐍈 letters",
        "http://example.com/a_b-c?d=1&e=2#f",
        "<|endoftext|> <|fim_prefix|>",
        "a".repeat(200) + " " + "-".repeat(100) + " " + " ".repeat(50) + "x",
        "ab\u000Bcd\u000Cef\u001Cgh");
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void edgeCasesCountLikeJtokkit(String text) {
    assertEquals(JTOKKIT.countTokensOrdinary(text), counter.count(text));
    assertEquals(JTOKKIT.countTokensOrdinary(text), tinyCache.count(text));
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void edgeCasesSplitLikeThePattern(String text) {
    assertEquals(regexPieces(text), pieces(text));
  }

  @Test
  void randomUnicodeCountsAndSplitsLikeJtokkit() {
    int[] pool =
        ("abcdeSTMDLVER ſ'''  \t\n\r\u000B\u00A0\u2003\u3000\u0085.,;!?-_()\"#/\\0123456789²½"
                + "éüñßçÅ\u0301\u0308日本語中文한국어ЖжЯяعربيहिन्दी😀👍🏽𝔘𐍈٣Ⅻ\u200B\u200D\uFEFF")
            .codePoints()
            .toArray();
    Random random = new Random(11);
    for (int t = 0; t < 3000; t++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        int cp =
            random.nextInt(8) == 0
                ? randomAssignedCodePoint(random)
                : pool[random.nextInt(pool.length)];
        sb.appendCodePoint(cp);
      }
      String text = sb.toString();
      assertEquals(JTOKKIT.countTokensOrdinary(text), counter.count(text), () -> escape(text));
      assertEquals(JTOKKIT.countTokensOrdinary(text), tinyCache.count(text), () -> escape(text));
      assertEquals(regexPieces(text), pieces(text), () -> escape(text));
    }
  }

  private static int randomAssignedCodePoint(Random random) {
    while (true) {
      int cp = random.nextInt(0x32000);
      if (Character.isDefined(cp) && Character.getType(cp) != Character.SURROGATE) {
        return cp;
      }
    }
  }

  @Test
  void sharedTextsCountLikeJtokkit() throws IOException {
    Path dir = SharedText.dir();
    Assumptions.assumeTrue(dir != null, "../shared/data/text is absent (CI-only data)");
    List<String> texts = new ArrayList<>();
    for (Document d : SharedText.documents(dir)) {
      texts.add(d.text());
    }
    Path lingua = dir.resolve("../langid/lingua-testdata/sentences");
    if (Files.isDirectory(lingua)) {
      try (Stream<Path> files = Files.list(lingua)) {
        for (Path f : files.sorted().toList()) {
          texts.add(prefix(Files.readString(f, StandardCharsets.UTF_8)));
        }
      }
    }
    Path html = dir.resolve("../extraction/trafilatura-eval/html");
    if (Files.isDirectory(html)) {
      try (Stream<Path> files = Files.list(html)) {
        for (Path f : files.sorted().toList()) {
          try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            texts.add(prefix(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          }
        }
      }
    }
    assertTrue(texts.size() > 100, "shared texts found: " + texts.size());
    for (String text : texts) {
      int expected = JTOKKIT.countTokensOrdinary(text);
      assertEquals(expected, counter.count(text));
      assertEquals(expected, tinyCache.count(text));
    }
  }

  /** Bounds the test's time: the start of a page or sentence file has every kind of piece. */
  private static String prefix(String text) {
    int end = Math.min(text.length(), PREFIX_CHARS);
    if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      int end = Cl100kPreTokenizer.pieceEnd(text, start);
      assertTrue(end > start, "no progress at " + start);
      out.add(text.substring(start, end));
      start = end;
    }
    return out;
  }

  private static List<String> regexPieces(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CL100K.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                sb.append(
                    c < 0x80 && c >= 0x20 ? "" + (char) c : "\\u{" + Integer.toHexString(c) + "}"));
    return sb.toString();
  }
}
