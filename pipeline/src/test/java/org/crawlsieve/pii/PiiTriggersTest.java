package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crawlsieve.testing.SharedPages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The triggers let the scanner skip detectors, so they must never be false where a detector would
 * have found something. Checked two ways on every input: each detector whose trigger is absent
 * finds nothing when run anyway (soundness, per detector), and the gated scanner's spans and
 * scrubbed text equal those of the ungated oracle ({@link UngatedScanner}), under several configs.
 */
class PiiTriggersTest {

  /** Configs whose detectors differ: defaults, no obfuscations, all IPs, shorter phone numbers. */
  private static final List<PiiConfig> CONFIGS =
      List.of(
          PiiConfig.defaults(),
          new PiiConfig(null, null, null, null, false, null, null, null, false, null),
          new PiiConfig(null, null, null, null, null, "valid", List.of("GB"), 5, null, null));

  private static final List<List<PiiDetector>> DETECTORS =
      CONFIGS.stream().map(PiiDetectors::fromConfig).toList();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mail me@x.org | at | true",
        "no address here | at | false",
        "name [ at ] example | bracketedA | true",
        "name [ t ] example | bracketedA | false",
        "xoxb-123456789a end | secret | true",
        "xoxb-123456789 end | secret | false",
        "axoxb-123456789abc end | secret | false",
        "-xoxb-123456789a | secret | true",
        "ab eyJ | secret | true",
        "ey J | secret | false",
        "-----BEGIN | secret | true",
        "----BEGIN | secret | false",
        "x GB82 y | lettersThenDigits | true",
        "x G82 y | lettersThenDigits | false",
        "4111 1111 1111 | cardCluster | true",
        "4111 1111 111 | cardCluster | false",
        "4111  1111 1111 | cardCluster | false",
        "123-45-6789 | ssnCluster | true",
        "123-456789 | ssnCluster | false",
        "1234567 | sevenDigits | true",
        "123456 | sevenDigits | false",
        "1.2.3.4 | dottedQuad | true",
        "1.2.3 4 | dottedQuad | false",
        "a:b:c | twoColons | true",
        "a:x:c | twoColons | false",
      })
  void eachTriggerOnBothSides(String text, String trigger, boolean expected) {
    PiiTriggers t = PiiTriggers.of(text);
    boolean actual =
        switch (trigger) {
          case "at" -> t.at();
          case "bracketedA" -> t.bracketedA();
          case "secret" -> t.secret();
          case "lettersThenDigits" -> t.lettersThenDigits();
          case "cardCluster" -> t.cardCluster();
          case "ssnCluster" -> t.ssnCluster();
          case "sevenDigits" -> t.sevenDigits();
          case "dottedQuad" -> t.dottedQuad();
          case "twoColons" -> t.twoColons();
          default -> throw new IllegalArgumentException(trigger);
        };
    assertEquals(expected, actual, text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // phone clusters as PhoneDetector reads them: digits joined by up to three joiners
        "call 030 901820 now | 9 | 9 | true",
        "call 030 901820 now | 10 | 15 | false",
        "1 - 2 | 2 | 2 | true",
        "1 -  2 | 2 | 2 | false",
        "1 -  2 | 1 | 1 | true",
        "(030) 9018\u00a020 | 9 | 9 | true",
        "1234567890123456 | 7 | 15 | false",
        "1234567890123456 | 16 | 63 | true",
      })
  void phoneClustersCountDigitsAsTheDetectorReadsThem(
      String text, int min, int max, boolean expected) {
    assertEquals(expected, PiiTriggers.of(text).phoneCluster(min, max));
  }

  static List<String> edgeCases() {
    List<String> out =
        new ArrayList<>(
            List.of(
                "",
                "@",
                "a@b.co",
                "x [at] y [dot] com",
                "x(at)y.org",
                "x [@] y.org",
                "x { at } example { dot } com",
                "AKIAIOSFODNN7EXAMPLE",
                " AKIAIOSFODNN7EXAMPLE.",
                "-AKIAIOSFODNN7EXAMPLE",
                "xAKIAIOSFODNN7EXAMPLE",
                "ghp_" + "a1".repeat(18),
                "github_pat_" + "A".repeat(22),
                "xoxb-1234567890",
                "xoxb-12345abcde",
                "(xoxb-12345abcde)",
                "xoxb-12345abcd",
                "sk-" + "ab12".repeat(8),
                "sk_live_" + "a".repeat(16),
                "hf_" + "a".repeat(34),
                "npm_" + "a".repeat(36),
                "AIza" + "a".repeat(35),
                "glpat-" + "a".repeat(20),
                "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl",
                "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----",
                "-----BEGIN PRIVATE KEY-----",
                "4111 1111 1111 1111",
                "4111-1111-1111-1111",
                "4111111111111111",
                "3782 822463 10005",
                "12 4111 1111 1111 1111",
                "536-22-1234",
                "536 22 1234",
                "12345678Z",
                "X1234567L",
                "12345678-Z",
                "GB82WEST12345698765432",
                "GB82 WEST 1234 5698 7654 32",
                "gb82west12345698765432",
                "81.2.69.142",
                "10.0.0.1",
                "2001:4860:4860::8888",
                "::ffff:81.2.69.142",
                "addr:2001:db8::1",
                "+1 415 555 2671",
                "(030) 901820",
                "+49 30 901820",
                "030\u00a0901820",
                "Tel. 0490 75 40 81",
                "call 555-0100 x4587",
                "١٢٣٤٥٦٧٨٩٠",
                "１２３４５６７８９０",
                "Grüße 😀 von Zoë: zoe@beispiel.de — 📞 +49 30 901820"));
    out.addAll(AdversarialInputs.all(2_000).values());
    return out;
  }

  @ParameterizedTest
  @MethodSource("edgeCases")
  void edgeCasesScanAsWithoutTriggers(String text) {
    check(text);
  }

  @Test
  void randomPiiLikeStringsScanAsWithoutTriggers() {
    Random random = new Random(20261122L);
    int[][] gated = new int[DETECTORS.size()][];
    int[][] found = new int[DETECTORS.size()][];
    for (int c = 0; c < DETECTORS.size(); c++) {
      gated[c] = new int[DETECTORS.get(c).size()];
      found[c] = new int[DETECTORS.get(c).size()];
    }
    for (int k = 0; k < 4_000; k++) {
      String text = RandomPiiText.next(random);
      PiiTriggers t = PiiTriggers.of(text);
      for (int c = 0; c < DETECTORS.size(); c++) {
        List<PiiDetector> detectors = DETECTORS.get(c);
        for (int d = 0; d < detectors.size(); d++) {
          boolean may = detectors.get(d).mayMatch(t);
          boolean hit = !Found.by(detectors.get(d), text).isEmpty();
          assertTrue(may || !hit, () -> "trigger missed a match: " + text);
          gated[c][d] += may ? 0 : 1;
          found[c][d] += hit ? 1 : 0;
        }
      }
      compareScans(text);
    }
    // not vacuous: every detector is skipped on some strings and finds something on others
    for (int c = 0; c < DETECTORS.size(); c++) {
      for (int d = 0; d < DETECTORS.get(c).size(); d++) {
        String name = DETECTORS.get(c).get(d).name();
        assertTrue(gated[c][d] > 0, name + " never skipped");
        assertTrue(found[c][d] > 0, name + " never matched");
      }
    }
  }

  @Test
  void sharedTextsScanAsWithoutTriggers() throws IOException {
    Path root = SharedData.root();
    Assumptions.assumeTrue(root != null, "../shared is absent (CI-only data)");
    Map<String, List<String>> corpora = new LinkedHashMap<>();
    Path presidio = root.resolve("data/pii/presidio-synth.json");
    if (Files.exists(presidio)) {
      corpora.put("presidio", PiiBenchmark.presidioTexts(presidio));
    }
    Path dolma = root.resolve("data/text/dolma");
    if (Files.isDirectory(dolma)) {
      corpora.put("dolma", PiiBenchmark.webTexts(dolma));
    }
    Path html = root.resolve("data/extraction/trafilatura-eval/html");
    if (Files.isDirectory(html)) {
      corpora.put("pages", extractedTexts(html));
    }
    Assumptions.assumeTrue(!corpora.isEmpty(), "no shared PII or page data");
    int hits = 0;
    for (Map.Entry<String, List<String>> e : corpora.entrySet()) {
      assertTrue(e.getValue().size() > 10, e.getKey() + ": " + e.getValue().size() + " texts");
      for (String text : e.getValue()) {
        hits += check(text);
      }
    }
    assertTrue(hits > 0, "no PII at all, so no span was compared");
  }

  /** Per-detector soundness and the whole scan against the oracle, under every config. */
  private static int check(String text) {
    PiiTriggers t = PiiTriggers.of(text);
    for (List<PiiDetector> detectors : DETECTORS) {
      for (PiiDetector d : detectors) {
        if (!d.mayMatch(t)) {
          assertEquals(List.of(), Found.by(d, text), d.name() + " skipped but matches: " + text);
        }
      }
    }
    return compareScans(text);
  }

  /** The gated scrub equals the oracle's under every config; returns the spans found. */
  private static int compareScans(String text) {
    int spans = 0;
    for (int c = 0; c < CONFIGS.size(); c++) {
      Map<PiiType, String> tokens = CONFIGS.get(c).replacementTokens();
      PiiScanner.Scrubbed expected = new UngatedScanner(DETECTORS.get(c)).scrub(text, tokens);
      PiiScanner.Scrubbed actual = new PiiScanner(DETECTORS.get(c)).scrub(text, tokens);
      assertEquals(expected, actual, text);
      spans += actual.hits();
    }
    return spans;
  }

  /** The text the pipeline's extractor gets from every shared HTML page. */
  private static List<String> extractedTexts(Path dir) throws IOException {
    return SharedPages.extractedTexts(dir, 1);
  }
}
