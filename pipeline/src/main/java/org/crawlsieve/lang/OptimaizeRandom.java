package org.crawlsieve.lang;

import java.util.Random;

/**
 * {@link Random}'s own sequence without its thread-safety: the same 48-bit linear congruential
 * generator ({@code Random}'s documented algorithm, which its {@code nextInt(int)} and {@code
 * nextGaussian} build on through {@link #next}), kept in a plain field instead of an {@code
 * AtomicLong} that every draw updates by compare-and-set. For one thread's use only (each detection
 * makes its own); {@code OptimaizeRandomTest} compares it with {@code Random}.
 */
final class OptimaizeRandom extends Random {
  private static final long serialVersionUID = 1L;
  private static final long MULTIPLIER = 0x5DEECE66DL;
  private static final long ADDEND = 0xBL;
  private static final long MASK = (1L << 48) - 1;

  private long state;

  OptimaizeRandom(long seed) {
    super(seed);
    state = (seed ^ MULTIPLIER) & MASK; // Random's initial scramble
  }

  @Override
  protected int next(int bits) {
    state = (state * MULTIPLIER + ADDEND) & MASK;
    return (int) (state >>> (48 - bits));
  }
}
