package org.crawlsieve.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OptimaizeRandom} draws exactly what {@link Random} draws from the same seed. */
class OptimaizeRandomTest {
  @ParameterizedTest
  @ValueSource(longs = {41L, 0L, -1L, 1L << 47, Long.MAX_VALUE, 0x5DEECE66DL})
  void drawsRandomsSequence(long seed) {
    Random expected = new Random(seed);
    Random actual = new OptimaizeRandom(seed);
    // bounds: powers of two (Random's shortcut), others (its rejection loop), near 2^31
    int[] bounds = {1, 2, 7, 64, 1000, 2617, 3 * 1024, 1 << 30, Integer.MAX_VALUE};
    for (int i = 0; i < 20_000; i++) {
      if (i % 100 == 0) {
        assertEquals(expected.nextGaussian(), actual.nextGaussian(), "gaussian " + i);
      }
      int bound = bounds[i % bounds.length];
      assertEquals(expected.nextInt(bound), actual.nextInt(bound), "draw " + i);
    }
  }
}
