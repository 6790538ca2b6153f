package org.crawlsieve.quality;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.extract.HtmlExtractor;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Misses of the token-count cache, pass by pass, over the extracted text of every response in the
 * given WARC files (the benchmark set of {@code make bench}): pieces cut as {@link TokenCounter}
 * cuts them, looked up in a {@link PieceCountCache} of {@code -Dcap} slots (default the counter's
 * 2^18) and put on a miss. The first pass's misses are the distinct pieces plus conflicts; later
 * passes' misses are conflicts alone, each a jtokkit encoding in the pipeline.
 *
 * <p>Usage: {@code TokenCacheMissProbe FILE.warc.gz...} (test class path).
 */
public final class TokenCacheMissProbe {
  private TokenCacheMissProbe() {}

  public static void main(String[] args) throws IOException {
    List<String> texts = new ArrayList<>();
    HtmlExtractor extractor = new HtmlExtractor();
    for (String file : args) {
      try (WarcReader reader = new WarcReader(Path.of(file))) {
        for (WarcRecord record : reader) {
          if (record instanceof WarcResponse response) {
            byte[] body = response.http().body().stream().readAllBytes();
            String charset = response.http().contentType().parameters().get("charset");
            texts.add(extractor.extract(body, charset, response.target()).text());
          }
        }
      }
    }
    PieceCountCache cache = new PieceCountCache(Integer.getInteger("cap", 1 << 18));
    for (int pass = 1; pass <= 3; pass++) {
      long pieces = 0;
      long shortMisses = 0;
      long longMisses = 0;
      for (String text : texts) {
        char[] chars = text.toCharArray();
        for (int start = 0; start < text.length(); ) {
          int end = Cl100kPreTokenizer.pieceEnd(text, start);
          pieces++;
          long key = PieceCountCache.shortKey(chars, start, end);
          if (key != 0) {
            if (cache.getShort(key) < 0) {
              shortMisses++;
              cache.putShort(key, 1);
            }
          } else if (end - start <= 32) {
            int h = PieceCountCache.hash(chars, start, end);
            if (cache.get(chars, start, end, h) < 0) {
              longMisses++;
              cache.put(chars, start, end, h, 1);
            }
          }
          start = end;
        }
      }
      System.out.printf(
          "pass %d: %d texts, %d pieces, misses %d (short %d, longer %d)%n",
          pass, texts.size(), pieces, shortMisses + longMisses, shortMisses, longMisses);
    }
  }
}
