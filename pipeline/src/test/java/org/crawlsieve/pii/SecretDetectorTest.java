package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretDetectorTest {
  private final SecretDetector detector = new SecretDetector();

  private static final String JWT =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
          + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
          + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AKIAIOSFODNN7EXAMPLE | aws_access_key_id",
        "ASIAY34FZKBOKMUTVV7A | aws_access_key_id",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a | github_token",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz | github_token",
        "glpat-abcdefghij0123456789 | gitlab_token",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx | slack_token",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc | stripe_key",
        "rk_live_4eC39HqLyjWDarjtT1zdp7dc | stripe_key",
        "AIzaSyA1234567890abcdefghijklmnopqrstuv | google_api_key",
        "sk-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKL | openai_key",
        "sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_0123456789 | openai_key",
        "hf_abcdefghijklmnopqrstuvwxyzABCDEFGH | huggingface_token",
        "npm_abcdefghijklmnopqrstuvwxyz0123456789 | npm_token",
      })
  void findsTokens(String token, String rule) {
    List<PiiSpan> spans = new ArrayList<>();
    String text = "key=\"" + token + "\" in config";
    detector.detect(text, spans);
    assertEquals(1, spans.size());
    assertEquals(token, text.substring(spans.get(0).start(), spans.get(0).end()));
    assertEquals(rule, spans.get(0).detector());
  }

  @Test
  void findsJwt() {
    assertEquals(List.of(JWT), Found.by(detector, "Authorization: Bearer " + JWT + "\n"));
  }

  @Test
  void findsPrivateKeyBlockToItsEndLine() {
    String pem =
        "-----BEGIN RSA PRIVATE KEY-----\n"
            + "MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n"
            + "KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQ==\n"
            + "-----END RSA PRIVATE KEY-----";
    assertEquals(List.of(pem), Found.by(detector, "key:\n" + pem + "\nafter"));
  }

  @Test
  void findsPrivateKeyBlockWithoutEndLineUpToItsBase64() {
    String head =
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n";
    assertEquals(List.of(head), Found.by(detector, head + "(truncated) rest of page"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AKIAIOSFODNN7EXAMPL",
        "AKIAIOSFODNN7EXAMPLEX",
        "xAKIAIOSFODNN7EXAMPLE",
        "ghp_short",
        "pip install sk-learn",
        "task-1234567890abcdefghij1234567890abcdefghij",
        "sk-abcdefghijklmnopqrstuvwxyzabcdefghijklmnop",
        "xoxb-abcdefghijklmnop",
        "AIzaSyA1234567890abcdefghijklmnopqrstu",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9",
        "-----BEGIN PUBLIC KEY-----\n"
            + "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKj34GkxFhD9\n"
            + "-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
        "sk_live_short",
      })
  void ignoresLookAlikes(String text) {
    assertEquals(List.of(), Found.by(detector, "value " + text + " end"));
  }
}
