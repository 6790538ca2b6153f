package org.crawlsieve.pii;

/**
 * What one cheap pass over a text found of the characters each built-in detector needs before it
 * can report anything: an {@code @}, a secret's prefix at the start of a long enough token, digit
 * runs of the lengths and joins a card, SSN, DNI, IP or phone number needs, and so on. A detector
 * whose trigger is absent is skipped ({@link PiiDetector#mayMatch}); most web pages hold no PII, so
 * most detectors never walk them.
 *
 * <p>Every trigger is a <em>necessary</em> condition of the detector's own rules, never a
 * heuristic: when it is false, the detector could not have reported a span (checked against the
 * detectors themselves on random and real text by {@code PiiTriggersTest}). A trigger may be true
 * when the detector then finds nothing. Immutable.
 */
public final class PiiTriggers {
  /** The shortest fixed-prefix secret, prefix and body (a Slack token: 15 chars). */
  static final int MIN_SECRET_TOKEN =
      SecretDetector.RULES.stream()
          .mapToInt(r -> r.prefix().length() + r.minBody())
          .min()
          .orElse(0);

  /** Phone clusters longer than this many digits are recorded as this many. */
  private static final int MAX_CLUSTER_BIT = 63;

  /** The first two chars of every fixed secret prefix, as {@code first * 128 + second}. */
  private static final byte[] SECRET_PAIRS = secretPairs();

  private static byte[] secretPairs() {
    byte[] pairs = new byte[128 * 128];
    for (SecretRule r : SecretDetector.RULES) {
      pairs[r.prefix().charAt(0) * 128 + r.prefix().charAt(1)] = 1;
    }
    return pairs;
  }

  private static final int AT = 1;
  private static final int BRACKETED_A = 1 << 1;
  private static final int SECRET_TOKEN = 1 << 2;
  private static final int JWT_HEADER = 1 << 3;
  private static final int PEM_HEADER = 1 << 4;
  private static final int LETTERS_THEN_DIGITS = 1 << 5;
  private static final int CARD_CLUSTER = 1 << 6;
  private static final int SSN_CLUSTER = 1 << 7;
  private static final int SEVEN_DIGITS = 1 << 8;
  private static final int DOTTED_QUAD = 1 << 9;
  private static final int TWO_COLONS = 1 << 10;

  private final int flags;

  /** Bit {@code d} set: some phone cluster (as {@link PhoneDetector} reads them) has d digits. */
  private final long phoneClusterDigits;

  private PiiTriggers(int flags, long phoneClusterDigits) {
    this.flags = flags;
    this.phoneClusterDigits = phoneClusterDigits;
  }

  /**
   * One pass over {@code text}. Each char costs two table look-ups (its class, and whether it ends
   * the first two chars of a secret prefix) and one branch that is rarely taken, so word boundaries
   * cost no mispredicted branches; the work is done at the rare chars: digits (whose cluster {@link
   * Scan#cluster} reads whole), colons, open brackets and secret prefixes. The three substring
   * triggers are {@link String#indexOf} searches.
   */
  public static PiiTriggers of(String text) {
    Scan scan = new Scan(text);
    scan.run();
    int flags = scan.flags;
    if (text.indexOf('@') >= 0) {
      flags |= AT;
    }
    if (text.indexOf("eyJ") >= 0) {
      flags |= JWT_HEADER;
    }
    if (text.indexOf("-----B") >= 0) {
      flags |= PEM_HEADER;
    }
    return new PiiTriggers(flags, scan.phoneBits);
  }

  /** ASCII char classes of the pass: nothing to do, or a digit, colon or open bracket. */
  private static final byte NONE = 0;

  private static final byte DIGIT = 1;
  private static final byte COLON = 2;
  private static final byte OPEN_BRACKET = 3;
  private static final byte[] CLASSES = classes();

  private static byte[] classes() {
    byte[] out = new byte[128];
    for (char c = '0'; c <= '9'; c++) {
      out[c] = DIGIT;
    }
    out[':'] = COLON;
    for (char c : "[({<".toCharArray()) {
      out[c] = OPEN_BRACKET;
    }
    return out;
  }

  /** The mutable state of one pass; {@link #of} keeps only its result. */
  private static final class Scan {
    private final String text;
    private int flags;
    private long phoneBits;

    Scan(String text) {
      this.text = text;
    }

    void run() {
      int n = text.length();
      int prev = 0; // the previous char if ASCII, else 0
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        int k = c < 128 ? c : 0;
        byte cls = CLASSES[k];
        byte pair = SECRET_PAIRS[prev * 128 + k];
        prev = k;
        if ((cls | pair) == NONE) {
          continue;
        }
        if (cls == DIGIT) {
          i = cluster(i) - 1; // the char after the cluster's last digit comes next
          prev = '0';
          continue;
        }
        // a secret prefix's first two chars end here: a token if nothing glues them in front
        if (pair != 0 && (flags & SECRET_TOKEN) == 0 && secretAt(i - 1)) {
          flags |= SECRET_TOKEN;
        }
        if (cls == COLON) {
          if ((flags & TWO_COLONS) == 0 && colonFollows(i)) {
            flags |= TWO_COLONS;
          }
        } else if (cls == OPEN_BRACKET && (flags & BRACKETED_A) == 0) {
          int j = i + 1;
          while (j < n && text.charAt(j) == ' ') {
            j++;
          }
          if (j < n && (text.charAt(j) == 'a' || text.charAt(j) == 'A')) {
            flags |= BRACKETED_A;
          }
        }
      }
    }

    /**
     * Whether a token starts at {@code t} (no letter, digit or underscore before it), opens with
     * the first two chars of a secret prefix and runs on in base64url for as long as the shortest
     * secret.
     */
    private boolean secretAt(int t) {
      if (t < 0 || t + MIN_SECRET_TOKEN > text.length()) {
        return false;
      }
      if (t > 0 && isTokenChar(text.charAt(t - 1))) {
        return false;
      }
      char a = text.charAt(t);
      char b = text.charAt(t + 1);
      if (a >= 128 || b >= 128 || SECRET_PAIRS[a * 128 + b] == 0) {
        return false;
      }
      for (int k = t + 2; k < t + MIN_SECRET_TOKEN; k++) {
        if (!isBase64url(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the run of hex digits, colons and dots after the colon at {@code i} holds another
     * colon. Runs after different colons without one do not overlap, so this stays linear.
     */
    private boolean colonFollows(int i) {
      for (int j = i + 1; j < text.length() && isV6Char(text.charAt(j)); j++) {
        if (text.charAt(j) == ':') {
          return true;
        }
      }
      return false;
    }

    /**
     * Reads the cluster of digits joined by up to three phone joiners that starts at the digit
     * {@code start} (as {@link PhoneDetector} reads it), one run of digits at a time; records its
     * digit count and the digit triggers in it, and returns the index after its last digit. The
     * shorter structures (digit runs, groups joined by single spaces, hyphens or dots) never reach
     * beyond such a cluster.
     */
    private int cluster(int start) {
      int n = text.length();
      int digits = 0;
      int spacedDigits = 0; // digits in groups joined by single ' ' or '-'
      int spacedJoins = 0;
      int dotJoins = 0; // digit runs joined by single '.'
      char gapChar = 0; // the joiner before this run when it was the only one; else 0
      int i = start;
      while (true) {
        int runStart = i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        int run = i - runStart;
        digits += run;
        if (gapChar == ' ' || gapChar == '-') {
          spacedDigits += run;
          spacedJoins++;
        } else {
          spacedDigits = run;
          spacedJoins = 0;
        }
        dotJoins = gapChar == '.' ? dotJoins + 1 : 0;
        if (run >= 2
            && runStart >= 2
            && isAsciiLetter(text.charAt(runStart - 1))
            && isAsciiLetter(text.charAt(runStart - 2))) {
          flags |= LETTERS_THEN_DIGITS;
        }
        if (run >= 7) {
          flags |= SEVEN_DIGITS;
        }
        if (spacedDigits >= 12) {
          flags |= CARD_CLUSTER;
        }
        if (spacedDigits >= 9 && spacedJoins >= 2) {
          flags |= SSN_CLUSTER;
        }
        if (dotJoins >= 3) {
          flags |= DOTTED_QUAD;
        }
        int gap = i;
        while (gap < n && gap - i < 3 && isPhoneJoiner(text.charAt(gap))) {
          gap++;
        }
        if (gap == i || gap == n || !isDigit(text.charAt(gap))) {
          phoneBits |= 1L << Math.min(digits, MAX_CLUSTER_BIT);
          return i;
        }
        gapChar = gap - i == 1 ? text.charAt(i) : 0;
        i = gap;
      }
    }
  }

  private boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** An {@code @} somewhere. */
  public boolean at() {
    return has(AT);
  }

  /** An {@code a} or {@code A} after an open bracket and only spaces ("[at]", "( at )"). */
  public boolean bracketedA() {
    return has(BRACKETED_A);
  }

  /**
   * A fixed secret prefix's first two chars at a token start, in a base64url run at least as long
   * as the shortest fixed-prefix secret; or {@code eyJ} (a JWT header); or five hyphens and a
   * {@code B} ("-----BEGIN").
   */
  public boolean secret() {
    return has(SECRET_TOKEN) || has(JWT_HEADER) || has(PEM_HEADER);
  }

  /** Two ASCII letters, then two ASCII digits (an IBAN's country code and check digits). */
  public boolean lettersThenDigits() {
    return has(LETTERS_THEN_DIGITS);
  }

  /** 12 or more digits joined by single spaces or hyphens. */
  public boolean cardCluster() {
    return has(CARD_CLUSTER);
  }

  /** 9 or more digits in 3 or more groups joined by single spaces or hyphens. */
  public boolean ssnCluster() {
    return has(SSN_CLUSTER);
  }

  /** A run of 7 or more ASCII digits. */
  public boolean sevenDigits() {
    return has(SEVEN_DIGITS);
  }

  /** Four digit runs joined by single dots. */
  public boolean dottedQuad() {
    return has(DOTTED_QUAD);
  }

  /** A run of hex digits, colons and dots with two or more colons. */
  public boolean twoColons() {
    return has(TWO_COLONS);
  }

  /**
   * Some cluster of digits joined by up to three phone joiners ({@link PhoneDetector}'s clusters)
   * has between {@code min} and {@code max} digits.
   */
  public boolean phoneCluster(int min, int max) {
    int lo = Math.max(min, 0);
    int hi = Math.min(max, MAX_CLUSTER_BIT);
    if (lo > hi) {
      return false;
    }
    long mask = (hi == MAX_CLUSTER_BIT ? -1L : (1L << (hi + 1)) - 1) & (-1L << lo);
    return (phoneClusterDigits & mask) != 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isTokenChar(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isBase64url(char c) {
    return isTokenChar(c) || c == '-';
  }

  private static boolean isV6Char(char c) {
    return Chars.isHex(c) || c == ':' || c == '.';
  }

  private static boolean isOpenBracket(char c) {
    return c == '[' || c == '(' || c == '{' || c == '<';
  }

  private static boolean isPhoneJoiner(char c) {
    return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '\u00a0';
  }
}
