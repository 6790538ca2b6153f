package org.crawlsieve.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Phone numbers, found by libphonenumber's matcher ({@link PhoneNumberUtil#findNumbers}) with a
 * configurable leniency, trying each default region in turn for numbers written without a country
 * code.
 *
 * <p>The matcher is slow (about 8 MB/s over whole text), so it only sees short windows: a cheap
 * scan finds clusters of digits joined by phone punctuation (space, {@code - . / ( )}, at most
 * three chars between digit runs) with at least {@code minDigits} digits, and the matcher runs on
 * the cluster plus a few chars either side (for a leading {@code +} or a trailing extension).
 * Clusters longer than {@value #WINDOW} chars (tables of numbers) are read in overlapping windows,
 * so the work per char stays bounded. Regions are tried in order until one covers the cluster.
 *
 * <p>A match is kept only if it has at least {@code minDigits} digits, is not glued to letters or
 * digits, and is not a look-alike ({@link PhoneLookalikes}).
 */
public final class PhoneDetector implements PiiDetector {
  public static final String NAME = "phone";

  /** Longest window given to the matcher; a formatted number with extension fits easily. */
  static final int WINDOW = 64;

  private static final int PAD_BEFORE = 4;
  private static final int PAD_AFTER = 12;
  private static final String JOINERS = " -./()\u00a0";

  /** The matcher's own bound on attempts per window. */
  private static final long MAX_TRIES = 20;

  private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
  private final List<String> regions;
  private final PhoneNumberUtil.Leniency leniency;
  private final int minDigits;

  public PhoneDetector(List<String> regions, PhoneNumberUtil.Leniency leniency, int minDigits) {
    this.regions = List.copyOf(regions);
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
      if (digits >= minDigits) {
        cluster(text, start, end, out);
      }
      i = Math.max(end, i + 1);
    }
  }

  /** Runs the matcher over the cluster text[start, end), window by window. */
  private void cluster(String text, int start, int end, List<PiiSpan> out) {
    List<PiiSpan> found = new ArrayList<>();
    for (int w = start; w < end; w += WINDOW / 2) {
      int wEnd = Math.min(end, w + WINDOW);
      window(text, w, wEnd, found);
      if (wEnd == end) {
        break;
      }
    }
    out.addAll(found);
  }

  private void window(String text, int start, int end, List<PiiSpan> found) {
    int from = safeStart(text, Math.max(0, start - PAD_BEFORE));
    int to = safeEnd(text, Math.min(text.length(), end + PAD_AFTER));
    String window = text.substring(from, to);
    for (String region : regions) {
      boolean covered = false;
      for (PhoneNumberMatch m : util.findNumbers(window, region, leniency, MAX_TRIES)) {
        int s = from + m.start();
        int e = from + m.end();
        if (accept(text, s, e)) {
          found.add(new PiiSpan(PiiType.PHONE, s, e, NAME));
          covered |= s <= start && e >= end;
        }
      }
      if (covered) {
        return;
      }
    }
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
