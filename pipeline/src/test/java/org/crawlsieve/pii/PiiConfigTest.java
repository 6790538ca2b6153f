package org.crawlsieve.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiConfigTest {

  @Test
  void defaultsAreStrict() {
    PiiConfig c = PiiConfig.defaults();
    assertTrue(c.enabled());
    assertEquals(List.of("EMAIL", "PHONE", "IP", "CARD", "IBAN", "ID", "SECRET"), c.types());
    assertEquals(5, c.maxHits());
    assertTrue(c.emailObfuscations());
    assertEquals(PhoneNumberUtil.Leniency.POSSIBLE, c.leniency());
    assertEquals(List.of("US", "GB", "DE", "FR"), c.phoneRegions());
    assertEquals(7, c.phoneMinDigits());
    assertTrue(c.ipPublicOnly());
    assertEquals(List.of("us_ssn", "es_dni"), c.nationalIds());
    assertEquals("<SECRET>", c.replacementTokens().get(PiiType.SECRET));
  }

  @Test
  void readsSnakeCaseKeysFromYaml() {
    String yaml =
        "pii:\n"
            + "  types: [email, PHONE]\n"
            + "  tokens: {EMAIL: '[email]'}\n"
            + "  max_hits: -1\n"
            + "  email_obfuscations: false\n"
            + "  phone_leniency: VALID\n"
            + "  phone_regions: [ch, at]\n"
            + "  phone_min_digits: 8\n"
            + "  ip_public_only: false\n"
            + "  national_ids: [us_ssn]\n";
    PiiConfig c = ConfigLoader.parse(yaml, "test").pii();
    assertTrue(c.detects(PiiType.EMAIL) && c.detects(PiiType.PHONE) && !c.detects(PiiType.IP));
    assertEquals("[email]", c.replacementTokens().get(PiiType.EMAIL));
    assertEquals(-1, c.maxHits());
    assertEquals(PhoneNumberUtil.Leniency.VALID, c.leniency());
    assertEquals(List.of("CH", "AT"), c.phoneRegions());
    assertEquals(2, PiiDetectors.fromConfig(c).size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pii: {types: [EMAIL, NAME]} | unknown PII type 'NAME'",
        "pii: {tokens: {MAIL: x}} | pii.tokens",
        "pii: {max_hits: -2} | pii.max_hits",
        "pii: {phone_leniency: loose} | pii.phone_leniency",
        "pii: {phone_regions: [XY]} | unknown region 'XY'",
        "pii: {phone_min_digits: 0} | pii.phone_min_digits",
        "pii: {national_ids: [fr_insee]} | unknown plug-in 'fr_insee'",
        "pii: {max_hit: 3} | unknown key 'max_hit'",
      })
  void rejectsBadValuesInOneLine(String yaml, String message) {
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, "t"));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(!e.getMessage().contains("\n"), e.getMessage());
  }
}
