package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crawlsieve.extract.bench.SharedData;
import org.junit.jupiter.api.Test;

/**
 * CI-only: real WARC files from {@code ../shared/data/warc} through the WARC reader and the
 * extractor. Skipped when {@code ../shared} is absent.
 */
class RealWarcExtractionTest {

  private static Path shared(String relative) {
    Path shared = SharedData.locate();
    assumeTrue(shared != null, "../shared not present");
    Path p = shared.resolve(relative);
    assumeTrue(Files.isRegularFile(p), relative + " not present");
    return p;
  }

  /** Share of letters that are Japanese (kana or CJK ideographs). */
  private static double japaneseShare(String text) {
    int letters = 0;
    int japanese = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.HIRAGANA
            || s == Character.UnicodeScript.KATAKANA
            || s == Character.UnicodeScript.HAN) {
          japanese++;
        }
      }
    }
    return letters == 0 ? 0 : japanese / (double) letters;
  }

  private static final String CLUEWEB = "data/warc/resiliparse/clueweb-quirk.warc.gz";

  @Test
  void eucJpClueWebPagesComeOutAsReadableJapanese() throws IOException {
    Path warc = shared(CLUEWEB);
    List<WarcTexts.Entry> entries = WarcTexts.extract(warc, ExtractConfig.defaults());
    assertEquals(29, entries.size());
    assertJapanese(entries);
  }

  private static void assertJapanese(List<WarcTexts.Entry> entries) {
    int japanesePages = 0;
    for (WarcTexts.Entry e : entries) {
      assertFalse(e.text().contains("\uFFFD"), "replacement characters in " + e.url());
      if (e.text().length() > 50 && japaneseShare(e.text()) > 0.5) {
        japanesePages++;
      }
    }
    assertTrue(japanesePages >= 25, "readable Japanese pages: " + japanesePages);
    // and one phrase that only a correct EUC-JP decoding yields
    assertTrue(entries.stream().anyMatch(e -> e.text().contains("ヘッドポーター")));
  }

  @Test
  void commonCrawlExcerptExtractsEveryHtmlRecord() throws IOException {
    Path warc = shared("data/warc/resiliparse/warcfile.warc.gz");
    List<WarcTexts.Entry> entries = WarcTexts.extract(warc, ExtractConfig.defaults());
    assertFalse(entries.isEmpty());
    long kept = entries.stream().filter(e -> e.reason() == null && !e.text().isEmpty()).count();
    assertTrue(kept >= entries.size() / 2, kept + " of " + entries.size() + " kept");
  }
}
