package org.crawlsieve.pii;

/**
 * A credential with a fixed, documented prefix: the prefix, then {@code minBody..maxBody} chars of
 * {@code charset}, then a char outside it. {@code mixed} also asks for a digit and a letter in the
 * body (for prefixes that ordinary words could share).
 *
 * @param name stable name recorded on the span, e.g. {@code aws_access_key_id}
 * @param charset a {@link Charset} of the body
 */
record SecretRule(
    String name, String prefix, Charset charset, int minBody, int maxBody, boolean mixed) {

  /** Body alphabets of the known formats. */
  enum Charset {
    /** {@code [A-Z0-9]} */
    UPPER_ALNUM,
    /** {@code [A-Za-z0-9]} */
    ALNUM,
    /** {@code [A-Za-z]} */
    ALPHA,
    /** {@code [A-Za-z0-9_]} */
    ALNUM_UNDERSCORE,
    /** {@code [A-Za-z0-9_-]}, base64url */
    BASE64URL,
    /** {@code [A-Za-z0-9-]} */
    ALNUM_HYPHEN;

    boolean accepts(char c) {
      return switch (this) {
        case UPPER_ALNUM -> Chars.isDigit(c) || (c >= 'A' && c <= 'Z');
        case ALNUM -> Chars.isAsciiAlnum(c);
        case ALPHA -> Chars.isAsciiLetter(c);
        case ALNUM_UNDERSCORE -> Chars.isAsciiAlnum(c) || c == '_';
        case BASE64URL -> Chars.isAsciiAlnum(c) || c == '_' || c == '-';
        case ALNUM_HYPHEN -> Chars.isAsciiAlnum(c) || c == '-';
      };
    }
  }

  /**
   * The end of this secret at {@code start} (where the prefix was found), or -1. {@code runs} gives
   * where a run of the body alphabet ends, read once per position and alphabet.
   */
  int match(String text, int start, RunEnds runs) {
    int bodyStart = start + prefix.length();
    int end = runs.end(text, bodyStart, charset);
    int len = end - bodyStart;
    if (len < minBody || len > maxBody) {
      return -1;
    }
    if (mixed) {
      boolean digit = false;
      boolean letter = false;
      for (int k = bodyStart; k < end; k++) {
        char c = text.charAt(k);
        digit |= Chars.isDigit(c);
        letter |= Chars.isAsciiLetter(c);
      }
      if (!(digit && letter)) {
        return -1;
      }
    }
    return end;
  }

  /**
   * Ends of runs of each alphabet, remembered per scan: within one run every start has the same
   * end, so a long run is read once however many prefixes sit in it (linear on {@code sk-sk-…}).
   * Not thread-safe; one per {@code detect} call.
   */
  static final class RunEnds {
    private final int[] from = new int[Charset.values().length];
    private final int[] to = new int[Charset.values().length];

    RunEnds() {
      java.util.Arrays.fill(from, -1);
      java.util.Arrays.fill(to, -1);
    }

    int end(String text, int pos, Charset charset) {
      int k = charset.ordinal();
      if (pos >= from[k] && pos < to[k]) {
        return to[k];
      }
      int p = pos;
      while (p < text.length() && charset.accepts(text.charAt(p))) {
        p++;
      }
      from[k] = pos;
      to[k] = p;
      return p;
    }
  }
}
