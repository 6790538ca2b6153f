package org.crawlsieve.dedup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.crawlsieve.core.Text;

/**
 * Computes the {@link DedupSignature} of a text: normalise ({@link TextNormalizer}), hash the
 * normalised text for exact dedup, shingle it into word n-grams ({@link Shingler}) and MinHash the
 * shingles ({@link MinHasher}). Only the first {@code max_text_chars} characters are signed. Build
 * one per partition (the hash family is drawn once); immutable and thread-safe.
 */
public final class DedupSigner {
  private final int maxTextChars;
  private final Shingler shingler;
  private final MinHasher minHasher;

  public DedupSigner(DedupConfig config) {
    this.maxTextChars = config.maxTextChars();
    this.shingler = new Shingler(config.shingleSize(), config.seed());
    this.minHasher = new MinHasher(config.hashes(), config.seed());
  }

  /** The signature of {@code text}; a null text signs as the empty text. */
  public DedupSignature sign(String text) {
    // one bulk copy, then plain array loops: no per-char String.charAt (coder and bounds checks on
    // the many UTF-16 texts) and no intermediate Strings; the same values as normalise, shingle
    // and hash over Strings (DedupSignerOracleTest)
    int n = text == null ? 0 : signedLength(text);
    char[] chars = new char[n];
    if (n > 0) {
      text.getChars(0, n, chars, 0);
    }
    TextNormalizer.Normalized normalized = TextNormalizer.normalize(chars, n);
    long[] shingles = shingler.shingles(normalized.chars(), normalized.length());
    return new DedupSignature(
        md5Hex(normalized.chars(), normalized.length()), minHasher.signature(shingles));
  }

  /** The length of the signed prefix, as {@link Text#truncate} cuts it. */
  private int signedLength(String text) {
    int n = text.length();
    if (n <= maxTextChars) {
      return n;
    }
    int end = maxTextChars;
    return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
  }

  /** The normalised form of the signed part of {@code text}. */
  public String normalize(String text) {
    return TextNormalizer.normalize(text == null ? "" : Text.truncate(text, maxTextChars));
  }

  /**
   * The distinct shingle hashes of {@code text}, sorted: for exact Jaccard in tests and benches.
   */
  public long[] shingleSet(String text) {
    return shingler.distinctShingles(normalize(text));
  }

  /**
   * MD5 of the UTF-8 bytes of {@code chars[0, length)}, as {@code String.getBytes} encodes them.
   */
  private static String md5Hex(char[] chars, int length) {
    byte[] utf8 = new byte[length * 3];
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        utf8[n++] = (byte) c;
      } else if (c < 0x800) {
        utf8[n++] = (byte) (0xc0 | c >> 6);
        utf8[n++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isSurrogate(c)) {
        // a pair is one 4-byte code point; a lone surrogate is '?' as in String.getBytes (the
        // normaliser never writes one)
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          utf8[n++] = (byte) (0xf0 | cp >> 18);
          utf8[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
          utf8[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
          utf8[n++] = (byte) (0x80 | cp & 0x3f);
        } else {
          utf8[n++] = '?';
        }
      } else {
        utf8[n++] = (byte) (0xe0 | c >> 12);
        utf8[n++] = (byte) (0x80 | c >> 6 & 0x3f);
        utf8[n++] = (byte) (0x80 | c & 0x3f);
      }
    }
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(utf8, 0, n);
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
