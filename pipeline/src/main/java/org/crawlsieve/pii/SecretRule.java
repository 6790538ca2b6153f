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

  /** The end of this secret at {@code start} (where the prefix was found), or -1. */
  int match(String text, int start) {
    int bodyStart = start + prefix.length();
    int pos = bodyStart;
    int limit = Math.min(text.length(), bodyStart + maxBody + 1);
    boolean digit = false;
    boolean letter = false;
    while (pos < limit && charset.accepts(text.charAt(pos))) {
      char c = text.charAt(pos);
      digit |= Chars.isDigit(c);
      letter |= Chars.isAsciiLetter(c);
      pos++;
    }
    int len = pos - bodyStart;
    if (len < minBody || len > maxBody) {
      return -1;
    }
    if (mixed && !(digit && letter)) {
      return -1;
    }
    return pos;
  }
}
