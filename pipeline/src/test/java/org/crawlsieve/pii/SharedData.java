package org.crawlsieve.pii;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} beside the repository: the system property {@code crawlsieve.repo} (set
 * by surefire) + {@code /../shared}, else the environment variable {@code CRAWLSIEVE_SHARED}.
 */
final class SharedData {
  private SharedData() {}

  /** The shared folder, or null when it is absent. */
  static Path root() {
    String repo = System.getProperty("crawlsieve.repo");
    if (repo != null) {
      Path p = Path.of(repo, "..", "shared").normalize();
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    String env = System.getenv("CRAWLSIEVE_SHARED");
    if (env != null && Files.isDirectory(Path.of(env))) {
      return Path.of(env);
    }
    return null;
  }

  /** {@code relative} under the shared folder, or null when absent. */
  static Path file(String relative) {
    Path root = root();
    if (root == null) {
      return null;
    }
    Path p = root.resolve(relative);
    return Files.exists(p) ? p : null;
  }
}
