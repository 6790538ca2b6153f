package org.crawlsieve.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crawlsieve.config.ConfigException;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.StepFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConsentConfigTest {
  @Test
  void defaults() {
    ConsentConfig c = ConsentConfig.defaults();
    assertEquals("training", c.purpose());
    assertEquals("contemporaneous", c.timeMode());
    assertEquals("allow", c.noCapture());
    assertEquals("exclude", c.starRefusal());
    assertEquals(512_000, c.maxRobotsBytes());
    assertEquals(5, c.maxRedirects());
  }

  @Test
  void readsEveryKey() {
    ConsentConfig c =
        ConfigLoader.parse(
                "consent:\n  time_mode: retroactive\n  robots_crawl: CC-MAIN-2025-05\n"
                    + "  no_capture: exclude\n  star_refusal: report\n  max_robots_bytes: 1000\n"
                    + "  max_redirects: 2\n",
                "t")
            .consent();
    assertEquals("retroactive", c.timeMode());
    assertEquals("CC-MAIN-2025-05", c.robotsCrawl());
    assertEquals("exclude", c.noCapture());
    assertEquals("report", c.starRefusal());
    assertEquals(1000, c.maxRobotsBytes());
    assertEquals(2, c.maxRedirects());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "time_mode: later# consent.time_mode",
        "purpose: search# consent.purpose",
        "no_capture: maybe# consent.no_capture",
        "star_refusal: ignore# consent.star_refusal",
        "max_robots_bytes: 0# consent.max_robots_bytes",
        "max_redirects: 21# consent.max_redirects",
        "max_redirects: -1# consent.max_redirects",
        "robots_crawl: CC-MAIN-2025-05# retroactive only",
        "agent_file: x# unknown key 'agent_file'",
      })
  void badValuesFailInOneLine(String yaml, String message) {
    ConfigException e =
        assertThrows(ConfigException.class, () -> ConfigLoader.parse("consent:\n  " + yaml, "t"));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void stepFactoryRegistersThePageConsentStep() {
    assertTrue(
        StepFactory.perRecordSteps(ConfigLoader.parse("steps: [extract, consent]", "t")).stream()
            .anyMatch(s -> s instanceof PageConsentStep && s.name().equals("consent")));
    assertTrue(
        StepFactory.perRecordSteps(
                ConfigLoader.parse("steps: [extract, consent]\nconsent: {enabled: false}", "t"))
            .isEmpty());
    assertTrue(
        StepFactory.perRecordSteps(CrawlsieveConfig.defaults()).stream()
            .anyMatch(s -> s instanceof PageConsentStep));
  }
}
