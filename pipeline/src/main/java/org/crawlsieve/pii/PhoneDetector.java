package org.crawlsieve.pii;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers, found by libphonenumber's matcher ({@link PhoneNumberUtil#findNumbers}) with a
 * configurable leniency, trying each default region in turn for numbers written without a country
 * code.
 *
 * <p>The matcher is slow (about 8 MB/s over whole text, 50 to 450 µs per call even on a short
 * window), so it only sees short windows: a cheap scan finds clusters of digits joined by phone
 * punctuation (space, {@code - . / ( )}, at most three chars between digit runs) with {@code
 * minDigits} to {@value #MAX_DIGITS} digits, drops clusters that are dates, decimals, dotted quads
 * or ISBNs or that their context marks as something else ({@link PhoneLookalikes}), and runs the
 * matcher on the cluster plus a few chars either side (for a leading {@code +} or a trailing
 * extension). Regions are tried in order until one covers the cluster, skipping regions without
 * numbers of the cluster's length. Longer clusters (tables of numbers, card numbers, two numbers
 * joined by a space) are not read: the work per char stays bounded.
 *
 * <p>A match is kept only if it has at least {@code minDigits} digits, is not glued to letters or
 * digits, and is not a look-alike ({@link PhoneLookalikes}).
 */
public final class PhoneDetector implements PiiDetector {
  public static final String NAME = "phone";

  /** E.164 numbers have at most 15 digits; longer clusters are tables, cards or ids. */
  static final int MAX_DIGITS = 15;

  /** Room before a cluster for "+" or "(+". */
  private static final int PAD_BEFORE = 2;

  /** Room after a cluster for an extension ("x4587", " ext. 1234"); only given when one follows. */
  private static final int MAX_EXTENSION = 12;

  private static final String JOINERS = " -./()\u00a0";

  /** The matcher's own bound on attempts per window. */
  private static final long MAX_TRIES = 20;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final List<String> regions;
  private final PhoneNumberUtil.Leniency leniency;
  private final int minDigits;

  /** Per region (same order): which national number lengths exist there. */
  private final List<boolean[]> lengths;

  public PhoneDetector(List<String> regions, PhoneNumberUtil.Leniency leniency, int minDigits) {
    this.regions = List.copyOf(regions);
    List<boolean[]> byRegion = new ArrayList<>();
    for (String r : regions) {
      byRegion.add(possibleLengths(util, r));
    }
    this.lengths = List.copyOf(byRegion);
    this.leniency = leniency;
    this.minDigits = minDigits;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.PHONE;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.phoneCluster(minDigits, MAX_DIGITS);
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!Chars.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int digits = 0;
      int end = i;
      int pos = i;
      while (pos < n) {
        if (Chars.isDigit(text.charAt(pos))) {
          digits++;
          pos++;
          end = pos;
          continue;
        }
        int gap = pos;
        while (gap < n && gap - pos < 3 && JOINERS.indexOf(text.charAt(gap)) >= 0) {
          gap++;
        }
        if (gap > pos && gap < n && Chars.isDigit(text.charAt(gap))) {
          pos = gap;
        } else {
          break;
        }
      }
      if (digits >= minDigits && digits <= MAX_DIGITS) {
        cluster(text, start, end, digits, out);
      }
      i = Math.max(end, i + 1);
    }
  }

  /**
   * Runs the matcher on the cluster text[start, end) (plus a little padding), region by region,
   * skipping clusters whose shape or context already says they are something else and regions in
   * which no number has this many digits.
   */
  private void cluster(String text, int start, int end, int digits, List<PiiSpan> out) {
    if (Chars.isWordChar(Chars.at(text, start - 1))
        || PhoneLookalikes.badCluster(text, start, end)
        || PhoneLookalikes.badContext(text, start, end)) {
      return;
    }
    boolean international =
        Chars.at(text, start - 1) == '+'
            || Chars.at(text, start - 2) == '+'
            || text.startsWith("00", start);
    int from = safeStart(text, Math.max(0, start - PAD_BEFORE));
    int to = safeEnd(text, Math.min(text.length(), end + extensionRoom(text, end)));
    String window = text.substring(from, to);
    for (int r = 0; r < regions.size(); r++) {
      if (!international && !plausible(r, digits)) {
        continue;
      }
      boolean covered = false;
      for (PhoneNumberMatch m : util.findNumbers(window, regions.get(r), leniency, MAX_TRIES)) {
        int s = from + m.start();
        int e = from + m.end();
        if (accept(text, s, e)) {
          out.add(new PiiSpan(PiiType.PHONE, s, e, NAME));
        }
        // acceptance does not depend on the region: a rejected full match stays rejected
        covered |= s <= start && e >= end;
      }
      if (covered) {
        return;
      }
    }
  }

  /**
   * How far after a cluster the window must reach: a closing bracket, or an extension marker
   * ({@code x}, {@code ext}, {@code #}, optionally after a space) with its digits; else nothing.
   * Less text per window means fewer candidates for the matcher to try.
   */
  private static int extensionRoom(String text, int end) {
    int k = end;
    if (Chars.at(text, k) == ')') {
      return 1;
    }
    if (Chars.at(text, k) == ' ') {
      k++;
    }
    char c = Chars.at(text, k);
    boolean marker =
        c == 'x' || c == 'X' || c == '#' || Chars.matchesAt(text, k, "ext") || c == '\u2116';
    return marker ? MAX_EXTENSION : 0;
  }

  /**
   * Whether region {@code r} has numbers of {@code digits} digits, counting a national trunk prefix
   * (the leading 0 or 1) as one extra digit.
   */
  private boolean plausible(int r, int digits) {
    boolean[] ok = lengths.get(r);
    return ok[digits] || ok[digits - 1];
  }

  /**
   * Which national number lengths region {@code region} has, probed through the public API (the
   * metadata itself is not public): a number of {@code len} digits starting with 2 (never a trunk
   * prefix) is possible there or not.
   */
  private static boolean[] possibleLengths(PhoneNumberUtil util, String region) {
    boolean[] ok = new boolean[MAX_DIGITS + 1];
    for (int len = 1; len <= MAX_DIGITS; len++) {
      try {
        ok[len] = util.isPossibleNumber(util.parse("2" + "3".repeat(len - 1), region));
      } catch (NumberParseException e) {
        ok[len] = false;
      }
    }
    return ok;
  }

  private boolean accept(String text, int start, int end) {
    int digits = 0;
    for (int k = start; k < end; k++) {
      if (Chars.isDigit(text.charAt(k))) {
        digits++;
      }
    }
    if (digits < minDigits) {
      return false;
    }
    char before = Chars.at(text, start - 1);
    char after = Chars.at(text, end);
    if (Chars.isWordChar(before) || Chars.isWordChar(after)) {
      return false;
    }
    if ((before == '.' || before == '-' || before == ',')
        && Chars.isDigit(Chars.at(text, start - 2))) {
      return false;
    }
    if ((after == '.' || after == '-' || after == ',') && Chars.isDigit(Chars.at(text, end + 1))) {
      return false;
    }
    return !PhoneLookalikes.badShape(text, start, end)
        && !PhoneLookalikes.badContext(text, start, end);
  }

  private static int safeStart(String text, int i) {
    return i > 0 && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
  }

  private static int safeEnd(String text, int i) {
    return i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
  }
}
