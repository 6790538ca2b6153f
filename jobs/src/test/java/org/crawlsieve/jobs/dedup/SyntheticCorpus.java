package org.crawlsieve.jobs.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Documents with known near-duplicate structure, generated deterministically per family so that
 * Spark tasks and the driver produce the same texts. A family is one base text of 100 to 300 words
 * drawn uniformly from a 50,000-word vocabulary, plus copies: 45% of families are singletons, the
 * rest have 1, 2 or 4 copies. A copy is exact (a quarter of them, with different case and
 * punctuation) or replaces each word of the base with probability e, e uniform in [0, 0.08]. A word
 * 5-gram survives with probability (1 - e)^5, so base-to-copy Jaccard is about s / (2 - s) with s =
 * (1 - e)^5: from 1 down to about 0.49, around 0.8 at e = 0.02. Copies of one base are further from
 * each other than from the base, which makes transitive clusters a real risk.
 */
final class SyntheticCorpus implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int VOCABULARY = 50_000;
  static final double MAX_EDIT_RATE = 0.08;

  private final long seed;

  SyntheticCorpus(long seed) {
    this.seed = seed;
  }

  /** One generated document. */
  record Doc(String id, String text, double editRate) {}

  /** Mean documents per family, to size a corpus. */
  static double meanFamilySize() {
    return 0.45 * 1 + 0.25 * 2 + 0.2 * 3 + 0.1 * 5;
  }

  static String familyPrefix(long family) {
    return String.format(Locale.ROOT, "f%09d", family);
  }

  List<Doc> family(long f) {
    SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + f);
    double r = rnd.nextDouble();
    int copies = r < 0.45 ? 0 : r < 0.70 ? 1 : r < 0.90 ? 2 : 4;
    String[] base = new String[100 + rnd.nextInt(201)];
    for (int i = 0; i < base.length; i++) {
      base[i] = word(rnd.nextInt(VOCABULARY));
    }
    List<Doc> out = new ArrayList<>(copies + 1);
    String prefix = familyPrefix(f);
    out.add(new Doc(prefix + "-0", String.join(" ", base), 0.0));
    for (int c = 1; c <= copies; c++) {
      if (rnd.nextInt(4) == 0) {
        out.add(new Doc(prefix + "-" + c, String.join(", ", base).toUpperCase(Locale.ROOT), 0.0));
        continue;
      }
      double e = rnd.nextDouble() * MAX_EDIT_RATE;
      StringBuilder b = new StringBuilder();
      for (String w : base) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(rnd.nextDouble() < e ? "z" + word(rnd.nextInt(VOCABULARY)) : w);
      }
      out.add(new Doc(prefix + "-" + c, b.toString(), e));
    }
    return out;
  }

  private static String word(int n) {
    StringBuilder b = new StringBuilder();
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }
}
