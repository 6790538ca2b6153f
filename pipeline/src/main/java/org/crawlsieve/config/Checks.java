package org.crawlsieve.config;

import java.util.Arrays;

/** Value checks for config records; each failure is a one-line {@link ConfigException}. */
public final class Checks {
  private Checks() {}

  public static void positive(String key, Number value) {
    if (value.doubleValue() <= 0) {
      throw new ConfigException(key + " must be > 0, got " + value);
    }
  }

  public static void nonNegative(String key, Number value) {
    if (value.doubleValue() < 0) {
      throw new ConfigException(key + " must be >= 0, got " + value);
    }
  }

  public static void fraction(String key, Number value) {
    if (value.doubleValue() < 0 || value.doubleValue() > 1) {
      throw new ConfigException(key + " must be between 0 and 1, got " + value);
    }
  }

  public static void oneOf(String key, String value, String... valid) {
    if (!Arrays.asList(valid).contains(value)) {
      throw new ConfigException(
          key + ": unknown value '" + value + "'; valid values: " + String.join(", ", valid));
    }
  }
}
