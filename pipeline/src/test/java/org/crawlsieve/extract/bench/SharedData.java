package org.crawlsieve.extract.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} beside the repository: the {@code crawlsieve.repo} system property (set
 * by surefire to the repo root) plus {@code /../shared}, else the {@code CRAWLSIEVE_SHARED}
 * environment variable, else {@code ../shared} from the working directory. Null when absent.
 */
public final class SharedData {
  private SharedData() {}

  public static Path locate() {
    String repo = System.getProperty("crawlsieve.repo");
    if (repo != null && Files.isDirectory(Path.of(repo, "..", "shared", "data"))) {
      return Path.of(repo, "..", "shared").normalize();
    }
    String env = System.getenv("CRAWLSIEVE_SHARED");
    if (env != null && Files.isDirectory(Path.of(env, "data"))) {
      return Path.of(env);
    }
    Path local = Path.of("..", "shared");
    return Files.isDirectory(local.resolve("data")) ? local.toAbsolutePath().normalize() : null;
  }
}
