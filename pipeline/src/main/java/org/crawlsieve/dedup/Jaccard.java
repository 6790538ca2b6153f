package org.crawlsieve.dedup;

/** Jaccard similarity, exact on shingle sets and estimated from MinHash signatures. */
public final class Jaccard {
  private Jaccard() {}

  /**
   * Exact Jaccard similarity of two sets given as sorted arrays without repeats (as {@link
   * Shingler#distinctShingles} returns them); 0 when both are empty.
   */
  public static double exact(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.length + b.length - common;
    return union == 0 ? 0.0 : (double) common / union;
  }

  /**
   * Estimated Jaccard similarity: the share of positions where two signatures of equal length
   * agree; 0 when they are empty or their lengths differ (signatures of different settings).
   */
  public static double estimated(long[] a, long[] b) {
    if (a.length == 0 || a.length != b.length) {
      return 0.0;
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }
}
