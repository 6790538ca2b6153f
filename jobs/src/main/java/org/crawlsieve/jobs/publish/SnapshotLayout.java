package org.crawlsieve.jobs.publish;

import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.crawlsieve.cli.UserException;

/** Names of a snapshot's files: {@code <root>/<name>/<version>/}. */
public final class SnapshotLayout {
  public static final String DATA = "data";
  public static final String MANIFEST = "manifest.json";
  public static final String CARD = "README.md";
  public static final String EXCLUDED_DOMAINS = "domains-excluded.csv";
  public static final String TOMBSTONES = "tombstones.jsonl";

  /** Prefix of staging directories beside the versions; never a version name. */
  public static final String STAGING_PREFIX = ".staging-";

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private SnapshotLayout() {}

  /** Names and versions become path segments and Hub config names: a conservative alphabet. */
  public static String checkName(String what, String value) {
    if (value == null || !SAFE_NAME.matcher(value).matches()) {
      throw new UserException(
          what + " '" + value + "' is not valid: use letters, digits, '.', '_', '-' (max 100)");
    }
    return value;
  }

  public static Path version(String root, String name, String version) {
    return new Path(new Path(new Path(root), name), version);
  }
}
