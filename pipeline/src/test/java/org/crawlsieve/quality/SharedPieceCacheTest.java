package org.crawlsieve.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One {@link PieceCountCache} serves every task of an executor: counters on several threads that
 * share a cache (a tiny one, so that they overwrite each other's slots all the time) must still
 * count exactly what jtokkit counts.
 */
class SharedPieceCacheTest {
  private static final Encoding JTOKKIT =
      Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  private static final String WORDS =
      "the of and to in is was for on that with as by at from his her it be are this an or had"
          + " 123 4567 ,. !? don't we'll Über naïve 日本語 ключ عربي 😀 \n\n  \t";

  @Test
  void threadsSharingOneSmallCacheCountLikeJtokkit() throws Exception {
    List<String> texts = randomTexts(400, new Random(5));
    PieceCountCache shared = new PieceCountCache(64);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> mismatches = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        Callable<Integer> task =
            () -> {
              TokenCounter counter = new TokenCounter("cl100k_base", shared);
              int wrong = 0;
              for (int round = 0; round < 5; round++) {
                for (int i = 0; i < texts.size(); i++) {
                  String text = texts.get((i + offset * 97) % texts.size());
                  if (counter.count(text) != JTOKKIT.countTokensOrdinary(text)) {
                    wrong++;
                  }
                }
              }
              return wrong;
            };
        mismatches.add(pool.submit(task));
      }
      for (Future<Integer> f : mismatches) {
        assertEquals(0, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void defaultCountersShareTheJvmCache() {
    TokenCounter first = new TokenCounter("cl100k_base");
    TokenCounter second = new TokenCounter("cl100k_base");
    assertTrue(first.sharesCacheWith(second));
    assertTrue(!first.sharesCacheWith(new TokenCounter("cl100k_base", 8)));
  }

  private static List<String> randomTexts(int n, Random random) {
    String[] words = WORDS.split(" ");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + random.nextInt(60);
      for (int w = 0; w < len; w++) {
        sb.append(words[random.nextInt(words.length)]);
        sb.append(random.nextInt(4) == 0 ? "" : " ");
      }
      out.add(sb.toString());
    }
    return out;
  }
}
