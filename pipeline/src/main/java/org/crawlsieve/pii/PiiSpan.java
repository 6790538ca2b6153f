package org.crawlsieve.pii;

/**
 * One detected span of PII, in UTF-16 char offsets of the scanned text ({@code start} inclusive,
 * {@code end} exclusive).
 *
 * @param detector the detector that found it, e.g. {@code us_ssn} or {@code github_token}
 */
public record PiiSpan(PiiType type, int start, int end, String detector) {
  public PiiSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(PiiSpan other) {
    return start < other.end && other.start < end;
  }
}
