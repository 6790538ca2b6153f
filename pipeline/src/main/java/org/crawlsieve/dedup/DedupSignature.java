package org.crawlsieve.dedup;

import java.util.Arrays;

/**
 * What the dedup stage needs of one document, computed in the per-record pass.
 *
 * @param textHash 32 lower-case hex digits: the MD5 (128 bits) of the UTF-8 normalised text; equal
 *     for texts that are equal after {@link TextNormalizer}
 * @param minhash {@code bands * rows} MinHash values, each an unsigned 32-bit number in a long;
 *     empty when the normalised text has no words (such documents take part in URL and exact dedup
 *     only)
 */
public record DedupSignature(String textHash, long[] minhash) {
  public DedupSignature {
    minhash = minhash.clone();
  }

  @Override
  public long[] minhash() {
    return minhash.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DedupSignature s
        && textHash.equals(s.textHash)
        && Arrays.equals(minhash, s.minhash);
  }

  @Override
  public int hashCode() {
    return 31 * textHash.hashCode() + Arrays.hashCode(minhash);
  }

  @Override
  public String toString() {
    return "DedupSignature[textHash=" + textHash + ", minhash=" + minhash.length + " values]";
  }
}
