package org.crawlsieve.consent;

import java.util.Map;
import java.util.Set;
import org.crawlsieve.consent.robots.AiPrefs;

/**
 * Which usage-preference keys speak about AI training, and when they refuse it. IETF aipref's
 * current {@code train-ai} and the older labels still in the wild ({@code train-genai}, {@code ai},
 * {@code genai}, and the umbrella {@code tdm}, which contains training); Cloudflare's {@code
 * ai-train}. Unknown keys are ignored; a refusal on any training key refuses ({@code n} wins).
 */
public final class TrainingPurpose {
  /** aipref keys whose {@code n} refuses training. */
  public static final Set<String> CONTENT_USAGE_KEYS =
      Set.of("train-ai", "train-genai", "ai", "genai", "tdm");

  /** Content-Signal keys whose {@code no} refuses training. */
  public static final Set<String> CONTENT_SIGNAL_KEYS = Set.of("ai-train");

  private TrainingPurpose() {}

  /** True when an aipref dictionary refuses training. */
  public static boolean refusedByContentUsage(Map<String, String> prefs) {
    return refused(prefs, CONTENT_USAGE_KEYS);
  }

  /** True when a Content-Signal dictionary refuses training. */
  public static boolean refusedByContentSignal(Map<String, String> prefs) {
    return refused(prefs, CONTENT_SIGNAL_KEYS);
  }

  private static boolean refused(Map<String, String> prefs, Set<String> keys) {
    for (Map.Entry<String, String> e : prefs.entrySet()) {
      if (keys.contains(e.getKey()) && AiPrefs.isNo(e.getValue())) {
        return true;
      }
    }
    return false;
  }
}
