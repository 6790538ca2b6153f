package org.crawlsieve.quality;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Counts BPE tokens with jtokkit. The encoding registry is per JVM (vocabularies take a while to
 * load and encodings are immutable and thread-safe), built on first use.
 */
public final class TokenCounter {
  /** Valid values of {@code quality.token_encoding}; {@code gpt2} is {@code r50k_base}. */
  public static final String[] ENCODINGS = {
    "cl100k_base", "o200k_base", "p50k_base", "p50k_edit", "r50k_base", "gpt2"
  };

  private static final class Registry {
    static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
  }

  private final Encoding encoding;

  public TokenCounter(String name) {
    String canonical = name.equals("gpt2") ? "r50k_base" : name;
    EncodingType type =
        EncodingType.fromName(canonical)
            .orElseThrow(() -> new IllegalArgumentException("unknown encoding " + name));
    this.encoding = Registry.INSTANCE.getEncoding(type);
  }

  /** Tokens of {@code text}, special-token strings counted as ordinary text. */
  public int count(String text) {
    return encoding.countTokensOrdinary(text);
  }
}
