package org.crawlsieve.lang;

import java.util.Arrays;
import java.util.Random;

/**
 * Optimaize's n-gram detector as Tika's default {@code OptimaizeLangDetector} runs it, answering
 * bit-identically (language and raw score) at a fraction of the CPU: the same models ({@link
 * OptimaizeModel}, read from Optimaize's own profiles), the same text (Tika's 4,096-char chunks,
 * each followed by a space, up to 20,000 chars; Optimaize's space padding), the same n-grams in the
 * same order (1-, 2- then 3-grams, no lone space, no 3-gram with a space in the middle), the same
 * random draws ({@code Random(41)}: 7 trials of a Gaussian smoothing and up to 1,000 n-gram draws)
 * and the same floating-point operations in the same order. What differs is only how: the list of
 * n-grams is never built (a drawn index maps to its n-gram by position), an n-gram is a packed
 * {@code long}, not a new String, looked up only when drawn in a primitive table ({@link
 * OptimaizeModel}), and the random generator is {@link OptimaizeRandom}, {@code Random}'s sequence
 * without its compare-and-set.
 *
 * <p>Optimaize settings as Tika builds its detector: alpha 0.5, short-text algorithm up to 30 chars
 * (of Tika's buffered text), probability threshold 0.1, no priors, prefix and suffix factors 1.
 * {@code OptimaizeDetectorExactnessTest} compares every answer with Tika's path.
 *
 * <p>Thread-safe: the model is immutable and every call uses its own scratch arrays.
 */
public final class OptimaizeDetector implements LanguageDetector {
  /** Tika's {@code LanguageDetector.addText}: text is buffered in chunks of this many chars. */
  private static final int TIKA_CHUNK = 4096;

  /** Tika's {@code OptimaizeLangDetector} stops buffering once it holds this many chars. */
  private static final int TIKA_MAX_CHARS = 20_000;

  /** Texts (Tika's buffer, before padding) up to this length take the short-text algorithm. */
  private static final int SHORT_TEXT = 30;

  private static final double ALPHA = 0.5;
  private static final double ALPHA_WIDTH = 0.05;
  private static final int ITERATION_LIMIT = 1000;
  private static final double CONV_THRESHOLD = 0.99999;
  private static final double BASE_FREQ = 10000;
  private static final int N_TRIAL = 7;
  private static final long SEED = 41L;
  private static final double PROBABILITY_THRESHOLD = 0.1;

  private final OptimaizeModel model;

  public OptimaizeDetector() {
    this.model = OptimaizeModel.shared(); // loads the models now, not on first use
  }

  @Override
  public Detection detect(CharSequence text) {
    double[] probabilities = probabilities(text.toString());
    if (probabilities == null) {
      return Detection.UNKNOWN;
    }
    // Optimaize keeps the languages at or above the threshold, sorted stably by probability
    // (ties: the lower index first); Tika reports the first one's probability as a float
    int best = -1;
    for (int i = 0; i < probabilities.length; i++) {
      double p = probabilities[i];
      if (p >= PROBABILITY_THRESHOLD && (best < 0 || p > probabilities[best])) {
        best = i;
      }
    }
    if (best < 0) {
      return Detection.UNKNOWN;
    }
    return new Detection(model.language(best), (float) probabilities[best]);
  }

  /**
   * Optimaize's probability of every language (in {@link OptimaizeModel}'s order) for the text as
   * Tika hands it over, before Optimaize's threshold and sort; null when the text has no n-gram.
   */
  double[] probabilities(String text) {
    char[] buffer = tikaBuffer(text);
    // Optimaize pads the text with a space in front unless it starts with one (it always ends
    // with one, Tika's)
    int from = buffer[1] == ' ' ? 1 : 0;
    return buffer.length - 1 <= SHORT_TEXT ? shortText(buffer, from) : longText(buffer, from);
  }

  /**
   * A space, then Tika's buffer: a text shorter than one chunk whole, a longer one in chunks of
   * 4,096 chars while the buffer holds fewer than 20,000; each followed by a space.
   */
  static char[] tikaBuffer(String s) {
    int len = s.length();
    int size = len + 1;
    if (len >= TIKA_CHUNK) {
      size = 0;
      for (int i = 0; i < len && size < TIKA_MAX_CHARS; i += TIKA_CHUNK) {
        size += Math.min(TIKA_CHUNK, len - i) + 1;
      }
    }
    char[] buffer = new char[size + 1];
    buffer[0] = ' ';
    int at = 1;
    for (int i = 0; at < buffer.length; i += TIKA_CHUNK) {
      int end = Math.min(i + TIKA_CHUNK, len);
      s.getChars(i, end, buffer, at);
      at += end - i;
      buffer[at++] = ' ';
    }
    return buffer;
  }

  /**
   * Optimaize's algorithm for long texts: 7 trials, each smoothing with its own Gaussian-drawn
   * alpha and multiplying in up to 1,000 randomly drawn n-grams of the text until one language
   * holds more than 0.99999 (checked every 5th draw); the mean of the trials. Null when the text
   * has no n-gram.
   */
  private double[] longText(char[] padded, int from) {
    // Optimaize's list of n-grams is every 1-gram but a space, then every 2-gram, then every
    // 3-gram without a space in the middle. The padded text starts and ends with a space, so the
    // 3-grams are those centred on the non-space chars: the list needs only their positions.
    int[] letters = new int[padded.length - from];
    int ones = 0;
    for (int j = from; j < padded.length; j++) {
      if (padded[j] != ' ') {
        letters[ones++] = j;
      }
    }
    int twos = padded.length - from - 1;
    int n = 2 * ones + twos;
    if (n <= 0) {
      return null;
    }
    int languages = model.languageCount();
    double[] mean = new double[languages];
    double[] prob = new double[languages];
    double[] factor = new double[languages];
    Random random = new OptimaizeRandom(SEED);
    for (int t = 0; t < N_TRIAL; t++) {
      Arrays.fill(prob, 1.0 / languages);
      double alpha = ALPHA + random.nextGaussian() * ALPHA_WIDTH;
      double weight = alpha / BASE_FREQ;
      Arrays.fill(factor, weight);
      for (int i = 0; i < ITERATION_LIMIT; i++) {
        int r = random.nextInt(n);
        long gram =
            r < ones
                ? OptimaizeModel.key(padded, letters[r], 1)
                : r < ones + twos
                    ? OptimaizeModel.key(padded, from + r - ones, 2)
                    : OptimaizeModel.key(padded, letters[r - ones - twos] - 1, 3);
        int row = model.row(gram);
        if (row >= 0) {
          model.multiply(prob, factor, row, weight, 1);
        }
        if (i % 5 == 0 && normalizeConverged(prob)) {
          break;
        }
      }
      for (int j = 0; j < languages; j++) {
        mean[j] += prob[j] / N_TRIAL;
      }
    }
    return mean;
  }

  /**
   * Optimaize's algorithm for short texts: every distinct n-gram once, in the order of first
   * occurrence, times its count, with alpha 0.5, until one language holds more than 0.99999. Null
   * when the text has no n-gram.
   */
  private double[] shortText(char[] padded, int from) {
    int length = padded.length - from;
    long[] grams = new long[3 * length];
    int[] counts = new int[3 * length];
    int distinct = 0;
    for (int n = 1; n <= 3; n++) {
      for (int j = from; j + n <= padded.length; j++) {
        if ((n == 1 && padded[j] == ' ') || (n == 3 && padded[j + 1] == ' ')) {
          continue;
        }
        long key = OptimaizeModel.key(padded, j, n);
        int d = 0;
        while (d < distinct && grams[d] != key) {
          d++;
        }
        if (d == distinct) {
          grams[distinct++] = key;
        }
        counts[d]++;
      }
    }
    if (distinct == 0) {
      return null;
    }
    int languages = model.languageCount();
    double[] prob = new double[languages];
    Arrays.fill(prob, 1.0 / languages);
    double weight = ALPHA / BASE_FREQ;
    double[] factor = new double[languages];
    Arrays.fill(factor, weight);
    for (int d = 0; d < distinct; d++) {
      int row = model.row(grams[d]);
      if (row >= 0) {
        model.multiply(prob, factor, row, weight, counts[d]);
      }
      if (normalizeConverged(prob)) {
        break;
      }
    }
    normalizeConverged(prob);
    return prob;
  }

  /**
   * Optimaize's {@code Util.normalizeProb} (divide by the sum, in the same order), and whether any
   * language now holds more than the convergence threshold (Optimaize returns the largest and
   * compares it; the same answer, NaNs ignored as there).
   */
  private static boolean normalizeConverged(double[] prob) {
    double sum = 0;
    for (double p : prob) {
      sum += p;
    }
    for (int i = 0; i < prob.length; i++) {
      prob[i] /= sum;
    }
    for (double p : prob) {
      if (p > CONV_THRESHOLD) {
        return true;
      }
    }
    return false;
  }
}
