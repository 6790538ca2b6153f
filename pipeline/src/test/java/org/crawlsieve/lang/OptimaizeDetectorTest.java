package org.crawlsieve.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimaizeDetectorTest {
  private static final OptimaizeDetector DETECTOR = new OptimaizeDetector();

  private static final List<String> TEXTS =
      List.of(
          "The quick brown fox jumps over the lazy dog while the farmer watches from the porch.",
          "Der schnelle braune Fuchs springt über den faulen Hund, der Bauer sieht zu.",
          "Le renard brun rapide saute par-dessus le chien paresseux du fermier.",
          "El rápido zorro marrón salta sobre el perro perezoso mientras el granjero mira.",
          "Быстрая коричневая лиса прыгает через ленивую собаку, пока фермер смотрит с крыльца.",
          "La volpe marrone veloce salta sopra il cane pigro mentre il contadino guarda.");

  @ParameterizedTest
  @CsvSource({"0, en", "1, de", "2, fr", "3, es", "4, ru", "5, it"})
  void detectsProse(int text, String language) {
    assertEquals(language, DETECTOR.detect(TEXTS.get(text)).language());
  }

  /** One detector serves every partition of an executor at once, without a lock. */
  @Test
  void concurrentCallsGiveTheSequentialAnswers() throws Exception {
    List<LanguageDetector.Detection> expected = new ArrayList<>();
    for (String t : TEXTS) {
      expected.add(DETECTOR.detect(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<LanguageDetector.Detection>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        int offset = thread;
        futures.add(
            pool.submit(
                () -> {
                  List<LanguageDetector.Detection> got = new ArrayList<>();
                  for (int i = 0; i < 50 * TEXTS.size(); i++) {
                    got.add(DETECTOR.detect(TEXTS.get((i + offset) % TEXTS.size())));
                  }
                  return got;
                }));
      }
      for (int thread = 0; thread < 4; thread++) {
        List<LanguageDetector.Detection> got = futures.get(thread).get();
        for (int i = 0; i < got.size(); i++) {
          assertEquals(expected.get((i + thread) % TEXTS.size()), got.get(i));
        }
      }
    } finally {
      pool.shutdown();
    }
  }
}
