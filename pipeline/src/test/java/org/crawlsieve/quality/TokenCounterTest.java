package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenCounterTest {
  /** Counts published in OpenAI's cookbook ("How to count tokens with tiktoken"). */
  @ParameterizedTest(name = "[{index}] {0}: {1} -> {2}")
  @CsvSource({
    "cl100k_base, tiktoken is great!, 6",
    "r50k_base, tiktoken is great!, 6",
    "gpt2, tiktoken is great!, 6",
    "cl100k_base, お誕生日おめでとう, 9",
    "gpt2, お誕生日おめでとう, 14",
  })
  void countsLikeTiktoken(String encoding, String text, int tokens) {
    assertEquals(tokens, new TokenCounter(encoding).count(text));
  }

  @ParameterizedTest
  @CsvSource({"cl100k_base", "o200k_base", "p50k_base", "p50k_edit", "r50k_base", "gpt2"})
  void everyListedEncodingLoads(String encoding) {
    assertTrue(new TokenCounter(encoding).count("Hello, world") > 0);
  }

  @ParameterizedTest
  @CsvSource({"cl100k_base"})
  void specialTokenTextIsOrdinaryText(String encoding) {
    assertTrue(new TokenCounter(encoding).count("<|endoftext|>") > 1);
  }
}
