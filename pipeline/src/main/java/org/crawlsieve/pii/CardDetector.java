package org.crawlsieve.pii;

import java.util.List;

/**
 * Payment card numbers: 12 to 19 digits, either unbroken or in groups joined by one space or hyphen
 * throughout with a first group of four ({@code 4111 1111 1111 1111}, Amex {@code 3782 822463
 * 10005}); the Luhn check must pass and the prefix and length must belong to an issuer ({@link
 * CardIssuers}). A number glued to letters or to more digits (as in {@code 1.4111…} or {@code
 * 4111…-2}) is not a card; neither is a run of one repeated digit.
 */
public final class CardDetector implements PiiDetector {
  public static final String NAME = "card";
  private static final String SEPARATORS = " -";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PiiType type() {
    return PiiType.CARD;
  }

  @Override
  public boolean mayMatch(PiiTriggers t) {
    return t.cardCluster();
  }

  @Override
  public void detect(String text, List<PiiSpan> out) {
    DigitGroups.scan(text, SEPARATORS, 19, CardDetector::isCard, PiiType.CARD, NAME, out);
  }

  private static boolean isCard(String text, DigitGroups g) {
    String d = g.digits();
    if (d.length() < 12 || DigitGroups.gluedAfter(text, g.end())) {
      return false;
    }
    int[] groups = g.groups();
    if (groups.length > 1) {
      if (groups[0] != 4) {
        return false;
      }
      for (int k = 1; k < groups.length; k++) {
        if (groups[k] < 3 || groups[k] > 6) {
          return false;
        }
      }
    }
    return !allSame(d) && CardIssuers.network(d) != null && CardIssuers.luhn(d);
  }

  private static boolean allSame(String d) {
    for (int k = 1; k < d.length(); k++) {
      if (d.charAt(k) != d.charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
