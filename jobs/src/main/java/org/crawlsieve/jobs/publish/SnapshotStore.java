package org.crawlsieve.jobs.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.crawlsieve.cli.UserException;

/**
 * Versions under a snapshots root and how a new one becomes visible. On file systems with an atomic
 * rename (local, HDFS) a version is staged in {@code <name>/.staging-<v>-<uuid>/} and renamed into
 * place; on object stores (s3a, gs, abfs) it is written in place with the manifest last, and a
 * version directory without {@code manifest.json} counts as absent.
 */
public final class SnapshotStore {
  private final SnapshotFs fs;

  public SnapshotStore(SnapshotFs fs) {
    this.fs = fs;
  }

  /** A version exists once it is visible: its directory (atomic rename) or its manifest. */
  public boolean exists(Path version) {
    return fs.isObjectStore(version)
        ? fs.exists(new Path(version, SnapshotLayout.MANIFEST))
        : fs.exists(version);
  }

  /** Where to write a new version before it is committed; fails if the version exists. */
  public Path stage(Path version) {
    refuseExisting(version);
    if (fs.isObjectStore(version)) {
      fs.delete(version); // leftovers of an attempt that never wrote its manifest
      return version;
    }
    Path staging =
        new Path(
            version.getParent(),
            SnapshotLayout.STAGING_PREFIX + version.getName() + "-" + UUID.randomUUID());
    fs.mkdirs(staging);
    return staging;
  }

  /** Writes the manifest (last), then makes the staged version visible in one rename. */
  public void commit(Path staging, Path version, Manifest manifest) {
    fs.writeString(new Path(staging, SnapshotLayout.MANIFEST), manifest.toJson());
    if (staging.equals(version)) {
      return;
    }
    refuseExisting(version);
    if (!fs.rename(staging, version)) {
      throw new UserException(
          "cannot rename "
              + staging
              + " to "
              + version
              + " (did another publish create it meanwhile?)");
    }
  }

  /** Removes a staged version that failed verification (never a visible one). */
  public void abandon(Path staging, Path version) {
    if (!staging.equals(version) || !exists(version)) {
      fs.delete(staging);
    }
  }

  private void refuseExisting(Path version) {
    if (exists(version)) {
      throw new UserException(
          "snapshot "
              + version.getParent().getName()
              + " version "
              + version.getName()
              + " already exists at "
              + version
              + "; versions are never overwritten,"
              + " publish under a new --version");
    }
  }

  /** Snapshot names under a root (directories holding at least one version). */
  public List<String> names(Path root) {
    List<String> out = new ArrayList<>();
    for (FileStatus s : fs.list(root)) {
      if (s.isDirectory()
          && !s.getPath().getName().startsWith(".")
          && !versions(s.getPath()).isEmpty()) {
        out.add(s.getPath().getName());
      }
    }
    out.sort(null);
    return out;
  }

  /** Committed versions of one snapshot, oldest first (by manifest created_at, then name). */
  public List<Manifest> versions(Path snapshot) {
    List<Manifest> out = new ArrayList<>();
    for (FileStatus s : fs.list(snapshot)) {
      String n = s.getPath().getName();
      if (s.isDirectory()
          && !n.startsWith(".")
          && fs.exists(new Path(s.getPath(), SnapshotLayout.MANIFEST))) {
        out.add(Manifest.read(fs, s.getPath()));
      }
    }
    out.sort(
        Comparator.comparing((Manifest m) -> String.valueOf(m.createdAt()))
            .thenComparing(m -> String.valueOf(m.version())));
    return out;
  }

  public Optional<Manifest> latest(Path snapshot) {
    List<Manifest> all = versions(snapshot);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }
}
