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

  /** The rules by the first char of their prefix (ASCII), so each position checks only a few. */
  private static final SecretRule[][] BY_FIRST_CHAR = byFirstChar();

  private static SecretRule[][] byFirstChar() {
    List<List<SecretRule>> lists = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      lists.add(new ArrayList<>());
    }
    for (SecretRule r : RULES) {
      lists.get(r.prefix().charAt(0)).add(r);
    }
    SecretRule[][] out = new SecretRule[128][];
    for (int c = 0; c < 128; c++) {
      out[c] = lists.get(c).toArray(new SecretRule[0]);
    }
    return out;
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
  public boolean mayMatch(PiiTriggers t) {
    return t.secret();
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    SecretRule.RunEnds runs = new SecretRule.RunEnds();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 128 || (c != '-' && BY_FIRST_CHAR[c].length == 0)) {
        i++;
        continue;
      }
      if (isTokenChar(Chars.at(text, i - 1))) {
        i++;
        continue;
      }
      int end = -1;
      String name = null;
      if (c == '-') {
        end = privateKeyBlock(text, i);
        name = "private_key";
      } else {
        for (SecretRule r : BY_FIRST_CHAR[c]) {
          if (text.startsWith(r.prefix(), i)) {
            end = r.match(text, i, runs);
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
   * objects (so start with {@code eyJ}). Jumps from one {@code eyJ} to the next; the end of the
   * base64url run around each is remembered, so inputs like {@code eyJ-eyJ-eyJ…} stay linear.
   */
  private static void detectJwts(String text, List<PiiSpan> out) {
    int runFrom = -1;
    int runTo = -1;
    int tailOf = -1;
    int tail = -1;
    int p = text.indexOf("eyJ");
    while (p >= 0) {
      int next = p + 1;
      if (!isTokenChar(Chars.at(text, p - 1))) {
        if (p < runFrom || p >= runTo) {
          runFrom = p;
          runTo = runEnd(text, p, text.length());
        }
        int r1 = runTo;
        if (r1 != tailOf) {
          tailOf = r1;
          tail = jwtTail(text, r1);
        }
        int end = r1 - p >= 10 && r1 - p <= MAX_JWT_PART ? tail : -1;
        if (end > 0) {
          out.add(new PiiSpan(PiiType.SECRET, p, end, "jwt"));
          next = end;
        } else if (r1 - p > MAX_JWT_PART) {
          next = r1 - MAX_JWT_PART; // no start this far from the run's end can fit
        }
      }
      p = text.indexOf("eyJ", next);
    }
  }

  /** After a JWT header ending at {@code r1}: the end of ".payload.signature", or -1. */
  private static int jwtTail(String text, int r1) {
    if (Chars.at(text, r1) != '.' || !text.startsWith("eyJ", r1 + 1)) {
      return -1;
    }
    int r2 = runEnd(text, r1 + 1, MAX_JWT_PART + 1);
    if (r2 - (r1 + 1) < 10 || r2 - (r1 + 1) > MAX_JWT_PART || Chars.at(text, r2) != '.') {
      return -1;
    }
    int r3 = runEnd(text, r2 + 1, MAX_JWT_PART + 1);
    return r3 - (r2 + 1) <= MAX_JWT_PART && Chars.at(text, r3) != '.' ? r3 : -1;
  }

  /** End of the base64url run from {@code from}, read at most {@code max} chars far. */
  private static int runEnd(String text, int from, int max) {
    int p = from;
    int limit = (int) Math.min(text.length(), (long) from + max);
    while (p < limit && isBase64url(text.charAt(p))) {
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
