package org.crawlsieve.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates {@code ../shared/data} (third-party evaluation data beside the repo), for CI-only tests
 * that skip cleanly when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** {@code <shared>/data/<sub>} when it exists. */
  public static Optional<Path> dir(String sub) {
    String env = System.getenv("CRAWLSIEVE_SHARED");
    Path shared =
        env != null
            ? Path.of(env)
            : Path.of(System.getProperty("crawlsieve.repo", ".")).resolve("../shared");
    Path p = shared.resolve("data").resolve(sub).normalize();
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
