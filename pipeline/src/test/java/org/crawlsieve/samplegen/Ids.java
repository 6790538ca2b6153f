package org.crawlsieve.samplegen;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Record ids derived from the generator's seed and what a record is: stable across runs. */
final class Ids {
  private Ids() {}

  /** A WARC-Record-ID value, {@code <urn:uuid:…>}, name-based on the seed and {@code parts}. */
  static String of(long seed, String... parts) {
    String name = seed + "|" + String.join("|", parts);
    return "<urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + ">";
  }

  /** The id without angle brackets, as jwarc's builders take it. */
  static java.net.URI uri(String id) {
    return java.net.URI.create(id.substring(1, id.length() - 1));
  }
}
