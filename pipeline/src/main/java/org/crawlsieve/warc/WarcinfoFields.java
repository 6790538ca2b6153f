package org.crawlsieve.warc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads {@code application/warc-fields} blocks leniently: lines end in CRLF or bare LF, a line
 * without a colon is ignored, names compare case-insensitively. WARC/1.x writers use CRLF; older
 * ones (ClueWeb09, WARC/0.18) wrote bare LF.
 */
final class WarcinfoFields {

  private WarcinfoFields() {}

  /** The trimmed value of the first field called {@code name}, if any. */
  static Optional<String> first(byte[] block, String name) {
    String text = new String(block, StandardCharsets.UTF_8);
    String wanted = name.toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
        String value = line.substring(colon + 1).trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
      start = end + 1;
    }
    return Optional.empty();
  }
}
