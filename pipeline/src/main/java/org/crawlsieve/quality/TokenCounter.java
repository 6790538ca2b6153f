package org.crawlsieve.quality;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts BPE tokens with jtokkit. The encoding registry is per JVM (vocabularies take a while to
 * load and encodings are immutable and thread-safe), built on first use.
 *
 * <p>For {@code cl100k_base} (the default) the text is cut into pre-tokenizer pieces by {@link
 * Cl100kPreTokenizer} and each piece's count comes from a bounded cache, jtokkit encoding only the
 * pieces not seen recently: BPE never merges across pieces, so the sum is the exact count (tested
 * against jtokkit on every shared text). The cache is one per JVM and lock-free ({@link
 * PieceCountCache}), so an executor's tasks share what earlier partitions learnt: a fresh per-
 * partition cache made the first few hundred pages of every partition pay jtokkit's 2.5–5 µs per
 * piece. Thread-safe.
 */
public final class TokenCounter {
  /** Valid values of {@code quality.token_encoding}; {@code gpt2} is {@code r50k_base}. */
  public static final String[] ENCODINGS = {
    "cl100k_base", "o200k_base", "p50k_base", "p50k_edit", "r50k_base", "gpt2"
  };

  private static final class Registry {
    static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
  }

  /** Pieces longer than this are rare and encoded directly, not cached. */
  private static final int MAX_CACHED_CHARS = 32;

  private static final int DEFAULT_CACHE_CAPACITY = 1 << 18;

  /** The per-JVM cache for cl100k_base (~19 MB: 2^18 slots in each of its tables). */
  private static final class SharedCache {
    static final PieceCountCache INSTANCE = new PieceCountCache(DEFAULT_CACHE_CAPACITY);
  }

  private final Encoding encoding;

  /** Null for encodings other than cl100k_base, which count through jtokkit alone. */
  private final PieceCountCache cache;

  /** A counter for {@code name}; for cl100k_base it uses the per-JVM piece cache. */
  public TokenCounter(String name) {
    this(name, SharedCache.INSTANCE);
  }

  /** With a private cache of {@code cacheCapacity} slots instead of the shared one. */
  TokenCounter(String name, int cacheCapacity) {
    this(name, new PieceCountCache(cacheCapacity));
  }

  /** With {@code cache} for cl100k_base (other encodings count through jtokkit alone). */
  TokenCounter(String name, PieceCountCache cache) {
    String canonical = name.equals("gpt2") ? "r50k_base" : name;
    EncodingType type =
        EncodingType.fromName(canonical)
            .orElseThrow(() -> new IllegalArgumentException("unknown encoding " + name));
    this.encoding = Registry.INSTANCE.getEncoding(type);
    this.cache = type == EncodingType.CL100K_BASE ? cache : null;
  }

  /** True when both count through the same piece cache (for tests). */
  boolean sharesCacheWith(TokenCounter other) {
    return cache != null && cache == other.cache;
  }

  /** Tokens of {@code text}, special-token strings counted as ordinary text. */
  public int count(String text) {
    if (cache == null) {
      return encoding.countTokensOrdinary(text);
    }
    int total = 0;
    int n = text.length();
    // the cache keys and compares on the chars: one bulk copy is far cheaper than charAt on a
    // UTF-16 String, which checks the coder and the bounds for every char
    char[] chars = text.toCharArray();
    for (int start = 0; start < n; ) {
      int end = Cl100kPreTokenizer.pieceEnd(text, start);
      total += pieceCount(text, chars, start, end);
      start = end;
    }
    return total;
  }

  private int pieceCount(String text, char[] chars, int start, int end) {
    if (end - start > MAX_CACHED_CHARS) {
      return encoding.countTokensOrdinary(text.substring(start, end));
    }
    long key = PieceCountCache.shortKey(chars, start, end);
    if (key != 0) {
      int cached = cache.getShort(key);
      if (cached >= 0) {
        return cached;
      }
      int count = encoding.countTokensOrdinary(text.substring(start, end));
      cache.putShort(key, count);
      return count;
    }
    int h = PieceCountCache.hash(chars, start, end);
    int cached = cache.get(chars, start, end, h);
    if (cached >= 0) {
      return cached;
    }
    // a piece on its own is pre-tokenized into itself, so jtokkit encodes exactly this piece
    int count = encoding.countTokensOrdinary(text.substring(start, end));
    cache.put(chars, start, end, h, count);
    return count;
  }
}
