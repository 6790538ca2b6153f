package org.crawlsieve.jobs.dedup;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.crawlsieve.dedup.DedupConfig;
import org.crawlsieve.dedup.DedupSignature;
import org.crawlsieve.dedup.DedupSigner;

/** Builds candidate rows for the Spark dedup tests: from texts, or from hand-made signatures. */
final class DedupFixtures {
  private final DedupSigner signer = new DedupSigner(DedupConfig.defaults());

  /** A candidate signed from its text. */
  Row doc(String id, String url, String date, Double quality, String text) {
    DedupSignature s = signer.sign(text);
    return row(id, url, date, quality, s.textHash(), s.minhash());
  }

  static Row row(String id, String url, String date, Double quality, String hash, long[] minhash) {
    List<Long> values = new ArrayList<>(minhash.length);
    for (long v : minhash) {
      values.add(v);
    }
    return RowFactory.create(
        id,
        url,
        date == null ? null : Timestamp.valueOf(date + " 00:00:00"),
        hash,
        values,
        quality);
  }

  /** A signature of 112 values where the first {@code sharedBands} bands equal {@code base}'s. */
  static long[] sharingBands(long[] base, int sharedBands, long salt) {
    long[] out = Arrays.copyOf(base, base.length);
    for (int i = sharedBands * 8; i < out.length; i++) {
      out[i] = (base[i] + 1 + salt * 7919 + i) & 0xFFFFFFFFL;
    }
    return out;
  }

  /** {@code sig} with every value of the given bands (of 8 values) replaced by fresh ones. */
  static long[] changeBands(long[] sig, long salt, int... bands) {
    long[] out = Arrays.copyOf(sig, sig.length);
    for (int b : bands) {
      for (int i = b * 8; i < b * 8 + 8; i++) {
        out[i] = (sig[i] + 1 + salt * 7919 + i) & 0xFFFFFFFFL;
      }
    }
    return out;
  }

  static long[] randomSignature(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] out = new long[112];
    for (int i = 0; i < out.length; i++) {
      out[i] = rnd.nextLong() >>> 32;
    }
    return out;
  }

  /** {@code n} random letter words. */
  static List<String> words(SplittableRandom rnd, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(word(rnd.nextInt(20_000)));
    }
    return out;
  }

  /** Replaces words {@code from .. to-1} with fresh ones. */
  static List<String> replaceBlock(List<String> words, int from, int to, SplittableRandom rnd) {
    List<String> out = new ArrayList<>(words);
    for (int i = from; i < to; i++) {
      out.set(i, "x" + word(rnd.nextInt(1_000_000)));
    }
    return out;
  }

  static String word(int n) {
    StringBuilder b = new StringBuilder();
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }

  static DedupConfig config(
      String verify, Double threshold, List<String> keepRule, List<String> prior) {
    return config(verify, threshold, keepRule, prior, null);
  }

  static DedupConfig config(
      String verify,
      Double threshold,
      List<String> keepRule,
      List<String> prior,
      Integer nearRounds) {
    return new DedupConfig(
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        verify,
        threshold,
        keepRule,
        prior,
        null,
        nearRounds);
  }
}
