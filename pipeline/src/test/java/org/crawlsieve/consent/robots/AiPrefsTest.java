package org.crawlsieve.consent.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AiPrefsTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '#',
      value = {
        "train-ai=n, search=y# train-ai# n",
        "TRAIN-AI=N# train-ai# n",
        "train-ai=\"n\"# train-ai# n",
        "train-ai=y;q=1, search=n# train-ai# y",
        "train-ai=y, train-ai=n# train-ai# n",
        "train-ai=n, train-ai=y# train-ai# n",
        "search=yes, ai-input=no, ai-train=no# ai-train# no",
        "train-ai# train-ai# ",
        "=n, train-ai=# train-ai# ",
      })
  void parsesLeniently(String value, String key, String expected) {
    Map<String, String> prefs = AiPrefs.parse(value);
    assertEquals(expected, prefs.get(key));
  }
}
