package org.crawlsieve.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JaccardTest {

  static Stream<Arguments> exactCases() {
    return Stream.of(
        Arguments.of(new long[] {}, new long[] {}, 0.0),
        Arguments.of(new long[] {1, 2, 3}, new long[] {}, 0.0),
        Arguments.of(new long[] {1, 2, 3}, new long[] {1, 2, 3}, 1.0),
        Arguments.of(new long[] {1, 2, 3}, new long[] {2, 3, 4}, 0.5),
        Arguments.of(new long[] {-5, 1, 9}, new long[] {-5, 9, 10, 11}, 0.4));
  }

  @ParameterizedTest
  @MethodSource("exactCases")
  void exactJaccardOfSortedSets(long[] a, long[] b, double expected) {
    assertEquals(expected, Jaccard.exact(a, b), 1e-12);
    assertEquals(expected, Jaccard.exact(b, a), 1e-12);
  }

  static Stream<Arguments> estimatedCases() {
    return Stream.of(
        Arguments.of(new long[] {}, new long[] {}, 0.0),
        Arguments.of(new long[] {1, 2}, new long[] {1, 2, 3}, 0.0),
        Arguments.of(new long[] {1, 2, 3, 4}, new long[] {1, 2, 3, 4}, 1.0),
        Arguments.of(new long[] {1, 2, 3, 4}, new long[] {1, 9, 3, 9}, 0.5));
  }

  @ParameterizedTest
  @MethodSource("estimatedCases")
  void estimatedJaccardIsShareOfEqualPositions(long[] a, long[] b, double expected) {
    assertEquals(expected, Jaccard.estimated(a, b), 1e-12, Arrays.toString(a));
  }
}
