package org.crawlsieve.pii;

import java.util.List;
import java.util.Set;

/**
 * US Social Security numbers written {@code AAA-GG-SSSS} or {@code AAA GG SSSS} (one separator
 * throughout). Never issued, so not matched: area 000, 666 or 900-999, group 00, serial 0000, and
 * the numbers printed in advertising (078-05-1120, 219-09-9999) or used as the standard example
 * (123-45-6789). Nine digits without separators are too ambiguous (order numbers, zip+4) and are
 * not matched.
 */
public final class UsSsnDetector implements PiiDetector {
  public static final String NAME = "us_ssn";
  private static final String SEPARATORS = "- ";
  private static final Set<String> NEVER_ISSUED = Set.of("078051120", "219099999", "123456789");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.ID;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.ssnCluster();
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    DigitGroups.scan(text, SEPARATORS, 9, UsSsnDetector::isSsn, PiiType.ID, NAME, out);
  }

  private static boolean isSsn(String text, DigitGroups g) {
    int[] groups = g.groups();
    if (groups.length != 3 || groups[0] != 3 || groups[1] != 2 || groups[2] != 4) {
      return false;
    }
    if (DigitGroups.gluedAfter(text, g.end())) {
      return false;
    }
    return valid(g.digits());
  }

  /** The issuance rules over nine ASCII digits. */
  static boolean valid(String d) {
    int area = Integer.parseInt(d.substring(0, 3));
    int group = Integer.parseInt(d.substring(3, 5));
    int serial = Integer.parseInt(d.substring(5));
    return area != 0
        && area != 666
        && area < 900
        && group != 0
        && serial != 0
        && !NEVER_ISSUED.contains(d);
  }
}
