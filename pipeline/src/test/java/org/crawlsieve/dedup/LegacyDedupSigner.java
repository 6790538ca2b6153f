package org.crawlsieve.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.crawlsieve.core.Text;

/**
 * The signer as it was before it worked over char arrays (whole-text NFKD, {@code charAt} loops,
 * Strings in between, a branch per MinHash value), kept as the oracle of {@link
 * DedupSignerOracleTest}: normalise, shingle and MinHash exactly as that code did.
 */
final class LegacyDedupSigner {
  private final int maxTextChars;
  private final int shingleSize;
  private final long seed;
  private final long[] a;
  private final long[] b;

  LegacyDedupSigner(DedupConfig config) {
    this.maxTextChars = config.maxTextChars();
    this.shingleSize = config.shingleSize();
    this.seed = config.seed();
    SplittableRandom rnd = new SplittableRandom(config.seed());
    a = new long[config.hashes()];
    b = new long[config.hashes()];
    for (int i = 0; i < a.length; i++) {
      a[i] = rnd.nextLong() | 1L;
      b[i] = rnd.nextLong();
    }
  }

  DedupSignature sign(String text) {
    String normalized = normalize(text == null ? "" : Text.truncate(text, maxTextChars));
    return new DedupSignature(md5Hex(normalized), minhash(shingles(normalized)));
  }

  private long[] minhash(long[] shingles) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] min = new long[a.length];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < min.length; i++) {
        long v = (a[i] * x + b[i]) >>> 32;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    return min;
  }

  static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    int i = 0;
    while (i < decomposed.length()) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.FORMAT) {
        continue;
      }
      if (Character.isLetter(cp) || type == Character.COMBINING_SPACING_MARK) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else if (Character.isDigit(cp)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append('0');
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  long[] shingles(String normalized) {
    long[] words = wordHashes(normalized);
    if (words.length == 0) {
      return new long[0];
    }
    int n = Math.min(shingleSize, words.length);
    long[] out = new long[words.length - n + 1];
    for (int start = 0; start < out.length; start++) {
      long h = seed ^ n;
      for (int k = 0; k < n; k++) {
        h = Mix.fmix64(h * 0x9E3779B97F4A7C15L + words[start + k]);
      }
      out[start] = h;
    }
    return out;
  }

  private static long[] wordHashes(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        count++;
      }
    }
    if (text.isEmpty()) {
      return new long[0];
    }
    long[] out = new long[count + 1];
    int w = 0;
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        out[w++] = Mix.fmix64(h);
        h = 0xcbf29ce484222325L;
      } else {
        h = (h ^ c) * 0x100000001b3L;
      }
    }
    out[w] = Mix.fmix64(h);
    return out;
  }

  private static String md5Hex(String s) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
