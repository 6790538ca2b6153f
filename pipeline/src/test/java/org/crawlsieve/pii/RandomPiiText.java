package org.crawlsieve.pii;

import java.util.List;
import java.util.Random;

/**
 * Random strings built from the pieces the PII detectors and their triggers react to: digits and
 * the chars that join them, {@code @}, brackets and "at"/"dot", secret prefixes, IBAN country
 * codes, colons, non-ASCII digits and letters, and whole valid examples of every type, so that
 * near-misses on both sides of every rule come up often.
 */
final class RandomPiiText {
  private RandomPiiText() {}

  private static final List<String> PIECES =
      List.of(
          " ",
          " ",
          "  ",
          ".",
          "-",
          "@",
          ",",
          "/",
          "(",
          ")",
          "[",
          "]",
          "{",
          "}",
          "<",
          ">",
          ":",
          "::",
          "+",
          "_",
          "%",
          "#",
          "\n",
          "\u00a0",
          "at",
          "AT",
          "dot",
          "[at]",
          "(at)",
          " [ at ] ",
          "[@]",
          "[dot]",
          "x",
          "ext",
          "e",
          "Z",
          "X",
          "a",
          "A",
          "B",
          "sk-",
          "sk_live_",
          "AKIA",
          "ASIA",
          "xoxb-",
          "ghp_",
          "github_pat_",
          "glpat-",
          "AIza",
          "hf_",
          "npm_",
          "eyJ",
          "-----",
          "-----BEGIN ",
          "RSA PRIVATE KEY-----",
          "-----END RSA PRIVATE KEY-----",
          "GB",
          "DE",
          "ES",
          "NO",
          "82",
          "version ",
          "Tel ",
          "call ",
          "order ",
          "Street",
          "é",
          "ü",
          "Zoë",
          "😀",
          "\u0663",
          "\u0661\u0662\u0663\u0664\u0665\u0666\u0667",
          "\uff11\uff12\uff13",
          "4111 1111 1111 1111",
          "4111111111111111",
          "3782 822463 10005",
          "536-22-1234",
          "536 22 1234",
          "12345678Z",
          "X1234567L",
          "GB82WEST12345698765432",
          "GB82 WEST 1234 5698 7654 32",
          "81.2.69.142",
          "10.0.0.1",
          "2001:4860:4860::8888",
          "::ffff:81.2.69.142",
          "fe80::1",
          "a@example.com",
          "zoe [at] example [dot] org",
          "+1 415 555 2671",
          "(030) 901820",
          "+44 20 7946 0958",
          "0490 75 40 81",
          "12.05.2019",
          "AKIAIOSFODNN7EXAMPLE",
          "xoxb-1234567890",
          "xoxb-12345abcde",
          "eyJhbGciOiJIUzI1NiJ9",
          "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl");

  private static final String ALNUM =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** One random string of 1 to 40 pieces. */
  static String next(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = 1 + random.nextInt(40);
    for (int p = 0; p < pieces; p++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
      } else if (kind < 8) {
        run(sb, random, "0123456789", 1 + random.nextInt(20));
      } else {
        run(sb, random, ALNUM, 1 + random.nextInt(45));
      }
    }
    return sb.toString();
  }

  private static void run(StringBuilder sb, Random random, String alphabet, int length) {
    for (int k = 0; k < length; k++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
  }
}
