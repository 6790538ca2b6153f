package org.crawlsieve.consent.robots;

import java.util.Map;

/**
 * A usage-preference line inside a group: IETF aipref {@code Content-Usage: [path] prefs} or
 * Cloudflare {@code Content-Signal: [path] signals}.
 *
 * @param kind which vocabulary the line uses
 * @param path the path the preferences apply to ({@code /} when the line names none)
 * @param prefs key to value, both lower-cased, quotes and parameters removed
 * @param line 1-based line number
 * @param text the line as written (bounded)
 */
public record UsageLine(
    Kind kind, PathPattern path, Map<String, String> prefs, int line, String text) {

  /** The two vocabularies. */
  public enum Kind {
    CONTENT_USAGE("content_usage"),
    CONTENT_SIGNAL("content_signal");

    private final String signal;

    Kind(String signal) {
      this.signal = signal;
    }

    /** Signal name used in evidence and CLI output. */
    public String signal() {
      return signal;
    }
  }

  public UsageLine {
    prefs = Map.copyOf(prefs);
  }
}
