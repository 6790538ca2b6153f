package org.crawlsieve.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Credentials that can be recognised without context: API keys and tokens with fixed prefixes
 * ({@link #RULES}), JSON Web Tokens, and PEM / PGP private key blocks.
 *
 * <p>A token must start at a word boundary (not after a letter, digit or underscore) and end where
 * its alphabet ends; lengths are the documented ones, so a prose word like {@code sk-learn} is too
 * short to match. A private key block runs from {@code -----BEGIN … PRIVATE KEY-----} to its {@code
 * -----END …-----} line; without an end line within {@value #MAX_PEM} chars, the header and the
 * base64 lines after it are replaced.
 */
public final class SecretDetector implements PiiDetector {
  public static final String NAME = "secret";
  static final int MAX_PEM = 16_384;
  private static final int MAX_JWT_PART = 8_192;

  /** The fixed-prefix formats, checked in order (longer prefixes first where they share one). */
  static final List<SecretRule> RULES = rules();

  private static List<SecretRule> rules() {
    List<SecretRule> r = new ArrayList<>();
    for (String p :
        new String[] {
          "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA"
        }) {
      r.add(new SecretRule("aws_access_key_id", p, SecretRule.Charset.UPPER_ALNUM, 16, 16, false));
    }
    r.add(
        new SecretRule(
            "github_token", "github_pat_", SecretRule.Charset.ALNUM_UNDERSCORE, 22, 255, false));
    for (String p : new String[] {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"}) {
      r.add(new SecretRule("github_token", p, SecretRule.Charset.ALNUM, 36, 255, false));
    }
    r.add(new SecretRule("gitlab_token", "glpat-", SecretRule.Charset.BASE64URL, 20, 64, false));
    for (String p : new String[] {"xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "xoxe-"}) {
      r.add(new SecretRule("slack_token", p, SecretRule.Charset.ALNUM_HYPHEN, 10, 255, true));
    }
    for (String p : new String[] {"sk_live_", "rk_live_", "sk_test_", "rk_test_"}) {
      r.add(new SecretRule("stripe_key", p, SecretRule.Charset.ALNUM, 16, 255, false));
    }
    r.add(new SecretRule("google_api_key", "AIza", SecretRule.Charset.BASE64URL, 35, 35, false));
    r.add(new SecretRule("openai_key", "sk-", SecretRule.Charset.BASE64URL, 32, 255, true));
    r.add(new SecretRule("huggingface_token", "hf_", SecretRule.Charset.ALPHA, 34, 40, false));
    r.add(new SecretRule("npm_token", "npm_", SecretRule.Charset.ALNUM, 36, 36, false));
    return List.copyOf(r);
  }

  /** First chars of every rule prefix and of the special formats: the only places to look. */
  private static final String FIRST_CHARS = firstChars();

  private static String firstChars() {
    StringBuilder sb = new StringBuilder("-");
    for (SecretRule r : RULES) {
      char c = r.prefix().charAt(0);
      if (sb.indexOf(String.valueOf(c)) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.SECRET;
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (FIRST_CHARS.indexOf(c) < 0 || isTokenChar(Chars.at(text, i - 1))) {
        i++;
        continue;
      }
      int end = -1;
      String name = null;
      if (c == '-') {
        end = privateKeyBlock(text, i);
        name = "private_key";
      }
      if (end < 0) {
        for (SecretRule r : RULES) {
          if (text.startsWith(r.prefix(), i)) {
            end = r.match(text, i);
            if (end > 0) {
              name = r.name();
              break;
            }
          }
        }
      }
      if (end > 0) {
        out.add(new PiiSpan(PiiType.SECRET, i, end, name));
        i = end;
      } else {
        i++;
      }
    }
    detectJwts(text, out);
  }

  private static boolean isTokenChar(char c) {
    return Chars.isAsciiAlnum(c) || c == '_';
  }

  /**
   * JWTs: {@code eyJ….eyJ….signature}, three base64url parts whose header and payload are JSON
   * objects (so start with {@code eyJ}). One pass over the base64url runs of the text: each run is
   * read once, so inputs like {@code eyJ-eyJ-eyJ…} stay linear.
   */
  private static void detectJwts(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isBase64url(text.charAt(i))) {
        i++;
        continue;
      }
      int r1 = runEnd(text, i);
      int end = -1;
      int start = jwtStart(text, i, r1);
      if (start >= 0 && Chars.at(text, r1) == '.') {
        int r2 = runEnd(text, r1 + 1);
        if (text.startsWith("eyJ", r1 + 1)
            && r2 - (r1 + 1) >= 10
            && r2 - (r1 + 1) <= MAX_JWT_PART
            && Chars.at(text, r2) == '.') {
          int r3 = runEnd(text, r2 + 1);
          if (r3 - (r2 + 1) <= MAX_JWT_PART && Chars.at(text, r3) != '.') {
            end = r3;
          }
        }
      }
      if (end > 0) {
        out.add(new PiiSpan(PiiType.SECRET, start, end, "jwt"));
        i = end;
      } else {
        i = r1;
      }
    }
  }

  /**
   * The first {@code eyJ} in the run [from, to) at a token boundary and at most MAX_JWT_PART (at
   * least 10) chars before the run's end, or -1.
   */
  private static int jwtStart(String text, int from, int to) {
    for (int p = Math.max(from, to - MAX_JWT_PART); p + 10 <= to; p++) {
      if (text.charAt(p) == 'e'
          && text.startsWith("eyJ", p)
          && !isTokenChar(Chars.at(text, p - 1))) {
        return p;
      }
    }
    return -1;
  }

  private static int runEnd(String text, int from) {
    int p = from;
    while (p < text.length() && isBase64url(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isBase64url(char c) {
    return Chars.isAsciiAlnum(c) || c == '_' || c == '-';
  }

  /** A PEM/PGP private key block at {@code start}: its end, or -1. */
  private static int privateKeyBlock(String text, int start) {
    String begin = "-----BEGIN ";
    if (!text.startsWith(begin, start)) {
      return -1;
    }
    int labelStart = start + begin.length();
    int labelEnd = labelStart;
    while (labelEnd < text.length()
        && labelEnd - labelStart <= 64
        && (Chars.isAsciiAlnum(text.charAt(labelEnd)) || text.charAt(labelEnd) == ' ')) {
      labelEnd++;
    }
    if (!text.startsWith("-----", labelEnd)) {
      return -1;
    }
    String label = text.substring(labelStart, labelEnd);
    if (!(label.endsWith("PRIVATE KEY") || label.endsWith("PRIVATE KEY BLOCK"))) {
      return -1;
    }
    int bodyStart = labelEnd + 5;
    int limit = Math.min(text.length(), bodyStart + MAX_PEM);
    String end = "-----END " + label + "-----";
    for (int p = bodyStart; p < limit; p++) {
      char c = text.charAt(p);
      if (c == '-' && text.startsWith(end, p)) {
        return p + end.length();
      }
      if (!isPemBodyChar(c)) {
        return p; // no end line: the key material ends where base64 and headers end
      }
    }
    return limit;
  }

  /** Base64, whitespace, and the chars of RFC 1421 headers ("Proc-Type: 4,ENCRYPTED"). */
  private static boolean isPemBodyChar(char c) {
    return Chars.isAsciiAlnum(c)
        || c == '+'
        || c == '/'
        || c == '='
        || c == '\n'
        || c == '\r'
        || c == ' '
        || c == '\t'
        || c == ':'
        || c == ','
        || c == '-';
  }
}
