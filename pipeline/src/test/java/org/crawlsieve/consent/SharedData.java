package org.crawlsieve.consent;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared} (CI-only data); tests using it skip when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, or a skipped test. */
  public static Path require(String sub) {
    String repo = System.getProperty("crawlsieve.repo");
    Path p = null;
    if (repo != null) {
      p = Path.of(repo).resolve("../shared").normalize().resolve(sub);
    }
    if (p == null || !Files.exists(p)) {
      String env = System.getenv("CRAWLSIEVE_SHARED");
      p = env == null ? null : Path.of(env).resolve(sub);
    }
    Assumptions.assumeTrue(p != null && Files.exists(p), "shared data absent: " + sub);
    return p;
  }

  /** The repository root (surefire sets {@code crawlsieve.repo}). */
  public static Path repo() {
    String repo = System.getProperty("crawlsieve.repo");
    Assumptions.assumeTrue(repo != null, "crawlsieve.repo not set");
    return Path.of(repo);
  }
}
