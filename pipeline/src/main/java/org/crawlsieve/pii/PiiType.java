package org.crawlsieve.pii;

import java.util.Locale;

/**
 * The kinds of personal or secret data the pii stage replaces. The name is the stable key used in
 * config, in {@code Document.piiCounts} and in CLI output; {@link #defaultToken()} replaces a span.
 */
public enum PiiType {
  EMAIL,
  PHONE,
  IP,
  CARD,
  IBAN,
  ID,
  SECRET;

  /** {@code <EMAIL>}, {@code <PHONE>}, … */
  public String defaultToken() {
    return "<" + name() + ">";
  }

  /** The type named {@code name} (case-insensitive), or an IllegalArgumentException listing all. */
  public static PiiType parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown PII type '" + name + "'; valid types: " + java.util.Arrays.toString(values()));
    }
  }
}
