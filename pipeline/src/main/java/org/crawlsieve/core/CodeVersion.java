package org.crawlsieve.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, written into every output: {@code 0.1.0+abc1234}. */
public final class CodeVersion {
  private static final String VERSION = load();

  private CodeVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties p = new Properties();
    try (InputStream in = CodeVersion.class.getResourceAsStream("/crawlsieve-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // fall through to "unknown": a missing version must not stop a run
    }
    String version = p.getProperty("version", "unknown");
    String commit = p.getProperty("commit", "unknown");
    return commit.isBlank() || commit.equals("unknown") || commit.startsWith("$")
        ? version
        : version + "+" + commit;
  }
}
