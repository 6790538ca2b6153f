package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DedupSignerTest {
  private final DedupSigner signer = new DedupSigner(DedupConfig.defaults());

  @Test
  void identicalTextsHaveIdenticalSignatures() {
    String text = words(new SplittableRandom(1), 300);
    assertEquals(signer.sign(text), signer.sign(new String(text.toCharArray())));
    assertEquals(signer.sign(text), new DedupSigner(DedupConfig.defaults()).sign(text));
  }

  @Test
  void signatureHas112UnsignedThirtyTwoBitValuesByDefault() {
    long[] m = signer.sign(words(new SplittableRandom(2), 50)).minhash();
    assertEquals(112, m.length);
    for (long v : m) {
      assertTrue(v >= 0 && v <= 0xFFFFFFFFL, Long.toString(v));
    }
  }

  @Test
  void textHashIsHexOf128BitsOfTheNormalisedText() {
    DedupSignature a = signer.sign("Hello,   World! It's 2024.");
    DedupSignature b = signer.sign("hello world it s 1999");
    assertEquals(a.textHash(), b.textHash());
    assertTrue(a.textHash().matches("[0-9a-f]{32}"), a.textHash());
    assertEquals(a, b);
    assertNotEquals(a.textHash(), signer.sign("hello world it is 2024").textHash());
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '"',
      value = {"\"\", 0", "'  ... !!! ', 0", "one, 112", "one two three, 112"})
  void emptyTextsHaveNoMinhashShortTextsOne(String text, int expectedLength) {
    DedupSignature s = signer.sign(text);
    assertEquals(expectedLength, s.minhash().length);
    assertEquals(32, s.textHash().length());
  }

  @Test
  void nullSignsAsEmpty() {
    assertEquals(signer.sign(""), signer.sign(null));
  }

  @Test
  void onlyTheFirstMaxTextCharsAreSigned() {
    DedupConfig d = DedupConfig.defaults();
    DedupSigner short20 =
        new DedupSigner(
            new DedupConfig(
                null, null, null, null, null, null, null, null, 20, null, null, null, null, null,
                null));
    assertEquals(
        short20.sign("aaaa bbbb cccc dddd eeee"), short20.sign("aaaa bbbb cccc dddd XXXX"));
    assertNotEquals(
        new DedupSigner(d).sign("aaaa bbbb cccc dddd eeee"),
        new DedupSigner(d).sign("aaaa bbbb cccc dddd XXXX"));
  }

  /** Pairs with a known share of replaced words; the estimate tracks the exact Jaccard. */
  @ParameterizedTest
  @CsvSource({"0.0", "0.01", "0.03", "0.05", "0.1", "0.2", "0.5"})
  void estimatedJaccardIsCloseToExact(double editRate) {
    SplittableRandom rnd = new SplittableRandom(Double.doubleToLongBits(editRate));
    double sumError = 0;
    int pairs = 40;
    for (int p = 0; p < pairs; p++) {
      List<String> base = wordList(rnd, 400);
      List<String> copy = new ArrayList<>(base);
      for (int i = 0; i < copy.size(); i++) {
        if (rnd.nextDouble() < editRate) {
          copy.set(i, "edit" + word(rnd.nextInt(1_000_000)));
        }
      }
      String a = String.join(" ", base);
      String b = String.join(" ", copy);
      double exact = Jaccard.exact(signer.shingleSet(a), signer.shingleSet(b));
      double est = Jaccard.estimated(signer.sign(a).minhash(), signer.sign(b).minhash());
      // one estimate from 112 values has a standard deviation of at most 0.05
      assertEquals(exact, est, 0.2, "edit rate " + editRate);
      sumError += est - exact;
    }
    // the estimator is unbiased: the mean error over 40 pairs stays within ~3 standard errors
    assertEquals(0.0, sumError / pairs, 0.025, "mean error at edit rate " + editRate);
  }

  @Test
  void unrelatedTextsShareAlmostNoValues() {
    SplittableRandom rnd = new SplittableRandom(7);
    double est =
        Jaccard.estimated(
            signer.sign(words(rnd, 300)).minhash(), signer.sign(words(rnd, 300)).minhash());
    assertTrue(est < 0.05, Double.toString(est));
  }

  private static String words(SplittableRandom rnd, int n) {
    return String.join(" ", wordList(rnd, n));
  }

  private static List<String> wordList(SplittableRandom rnd, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(word(rnd.nextInt(5000)));
    }
    return out;
  }

  /** Distinct letters-only words: digits would all normalise to 0. */
  private static String word(int n) {
    StringBuilder b = new StringBuilder("w");
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }
}
