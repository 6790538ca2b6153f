package org.crawlsieve.pii;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inputs built to make a naive scanner or a backtracking regex go quadratic or worse: long runs of
 * the chars each detector starts on or extends over, with no (or only one) valid match. Used by the
 * adversarial test (that each terminates with the right answer) and by the benchmark (how long each
 * takes at 1 MB).
 */
final class AdversarialInputs {
  private AdversarialInputs() {}

  /** Input name (prefixed with the targeted detector) to text of about {@code chars} chars. */
  static Map<String, String> all(int chars) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("email: a@ repeated", repeat("a@", chars));
    m.put("email: local part run then @", repeat("a.", chars - 1) + "@");
    m.put("email: @ then label run", "a@" + repeat("a-", chars));
    m.put("email: a@b.c glued", repeat("a@b.c", chars));
    m.put("email: [at] markers", repeat("a [at] ", chars));
    m.put("email: [dot] labels", "a [at] " + repeat("b [dot] ", chars));
    m.put("phone: one digit cluster", repeat("1 ", chars));
    m.put("phone: hyphenated digits", repeat("12-", chars));
    m.put("phone: brackets and plus", repeat("+1 (2) ", chars));
    m.put("phone: digits only", repeat("1234567890", chars));
    m.put("ip: dotted digits", repeat("1.", chars));
    m.put("ip: colons", repeat(":", chars));
    m.put("ip: hex and colons", repeat("a:", chars));
    m.put("ip: double colons", repeat("1::", chars));
    m.put("card: grouped digits", repeat("4111 ", chars));
    m.put("card: hyphen groups", repeat("4-", chars));
    m.put("iban: country prefixes", repeat("GB82 ", chars));
    m.put("iban: letters and digits", repeat("GB82WEST", chars));
    m.put("id: ssn prefixes", repeat("123-45-", chars));
    m.put("secret: sk- repeated", repeat("sk-", chars));
    m.put("secret: jwt header run", repeat("eyJ-", chars));
    m.put("secret: jwt dots", repeat("eyJhbGciOi.", chars));
    m.put("secret: pem begin lines", repeat("-----BEGIN RSA PRIVATE KEY-----\n", chars));
    m.put("secret: hyphens", repeat("-", chars));
    m.put("secret: token body run", "ghp_" + repeat("a", chars));
    m.put("secret: slack prefixes", repeat("xoxb-", chars));
    return m;
  }

  static String repeat(String unit, int chars) {
    int times = Math.max(1, chars / unit.length());
    return unit.repeat(times);
  }
}
