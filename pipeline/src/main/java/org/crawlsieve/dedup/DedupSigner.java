package org.crawlsieve.dedup;

import java.nio.charset.StandardCharsets;
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
    String normalized = normalize(text);
    return new DedupSignature(
        md5Hex(normalized), minHasher.signature(shingler.shingles(normalized)));
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

  private static String md5Hex(String s) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }
}
