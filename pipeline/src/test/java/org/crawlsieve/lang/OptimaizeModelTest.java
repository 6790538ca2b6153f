package org.crawlsieve.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link OptimaizeModel} holds what Tika's default Optimaize detector holds: the same languages in
 * the same order (the order of every sum in a detection) and the same probability of every n-gram
 * in every language. Tika's table is private, so the test reads it by reflection.
 */
class OptimaizeModelTest {
  private static final OptimaizeModel MODEL = OptimaizeModel.shared();

  @Test
  void sameLanguagesInTheSameOrderAsTika() throws ReflectiveOperationException {
    List<LdLocale> tika = tikaTable().getLanguageList();
    assertEquals(tika.size(), MODEL.languageCount());
    for (int i = 0; i < tika.size(); i++) {
      LdLocale l = tika.get(i);
      String name =
          LanguageNames.makeName(l.getLanguage(), l.getScript().orNull(), l.getRegion().orNull());
      assertEquals(name.split("-")[0], MODEL.language(i), "language " + i);
    }
  }

  @Test
  void everyNgramHasTikasProbabilities() throws ReflectiveOperationException {
    Field f = NgramFrequencyData.class.getDeclaredField("wordLangProbMap");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<String, double[]> tika = (Map<String, double[]>) f.get(tikaTable());
    assertTrue(tika.size() > 100_000, "Tika's table has " + tika.size() + " n-grams");
    for (Map.Entry<String, double[]> e : tika.entrySet()) {
      String g = e.getKey();
      assertArrayEquals(
          e.getValue(), MODEL.probabilities(OptimaizeModel.key(g.toCharArray(), 0, g.length())), g);
    }
  }

  @ParameterizedTest
  @CsvSource({"1, '\ue000'", "2, 'q\ue000'", "3, 'zqx'", "3, '\u0000\u0000\u0000'"})
  void unknownNgramsHaveNoRow(int length, String gram) throws ReflectiveOperationException {
    assertEquals(length, gram.length());
    assertNull(tikaTable().getProbabilities(gram));
    assertNull(MODEL.probabilities(OptimaizeModel.key(gram.toCharArray(), 0, length)));
  }

  /** Keys of different lengths never collide: the length is part of the key. */
  @ParameterizedTest
  @CsvSource({"'\u0000a', 'a'", "'\u0000\u0000a', '\u0000a'", "'\u0000\u0000a', 'a'"})
  void keysKeepTheLength(String longer, String shorter) {
    long a = OptimaizeModel.key(longer.toCharArray(), 0, longer.length());
    long b = OptimaizeModel.key(shorter.toCharArray(), 0, shorter.length());
    assertTrue(a != b && a != 0 && b != 0);
  }

  private static NgramFrequencyData tikaTable() throws ReflectiveOperationException {
    Field detector = OptimaizeLangDetector.class.getDeclaredField("DEFAULT_DETECTOR");
    detector.setAccessible(true);
    Object impl = detector.get(null);
    Field data = impl.getClass().getDeclaredField("ngramFrequencyData");
    data.setAccessible(true);
    return (NgramFrequencyData) data.get(impl);
  }
}
