package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CharsReader} hands out exactly {@code chars[0, length)}, in chunks, and resets. */
class CharsReaderTest {

  @ParameterizedTest
  @CsvSource({"'',1", "a,1", "abcdef,1", "abcdef,4", "abcdef,6", "abcdef,255"})
  void readsTheCharactersInChunksThenEnds(String text, int chunk) {
    CharsReader reader = new CharsReader();
    // a longer array than the text: only [0, length) may come out
    char[] chars = (text + "XYZ").toCharArray();
    for (int round = 0; round < 2; round++) {
      reader.reset(chars, text.length());
      StringBuilder got = new StringBuilder();
      char[] buffer = new char[chunk + 2];
      int n;
      while ((n = reader.read(buffer, 1, chunk)) != -1) {
        assertEquals(Math.min(chunk, text.length() - got.length()), n);
        got.append(buffer, 1, n);
      }
      assertEquals(text, got.toString());
      assertEquals(-1, reader.read(buffer, 0, chunk));
    }
  }
}
