package org.crawlsieve.jobs.storage;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's checksummed local file system ({@code file:}) that sets permissions through {@code
 * java.nio} instead of a {@code chmod} child process.
 *
 * <p>Without Hadoop's native library (it is not on Maven Central, so a Spark run from the shaded
 * jar never has it) {@link RawLocalFileSystem#setPermission} starts {@code chmod} for every file
 * and directory it creates: a Parquet part file and its {@code .crc}, and every level of a task's
 * {@code _temporary} attempt folder. That was ~190 processes per run of the 1 GB benchmark (JFR
 * {@code jdk.ProcessStart}), each blocking a task thread while it forks and runs, and on a machine
 * whose cores are all busy with tasks, taking CPU from them. The permission set is the same; only
 * the sticky bit, which {@code java.nio} cannot express, and a file store without POSIX attributes
 * still go to Hadoop's own path.
 */
public final class PosixLocalFileSystem extends LocalFileSystem {
  public PosixLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (unchecksummed) layer; the checksum layer creates data and {@code .crc} through it. */
  static final class Raw extends RawLocalFileSystem {
    private static final boolean POSIX =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** POSIX permission bits, owner read first, in the order of a mode's bits from 0400 down. */
    private static final PosixFilePermission[] BITS = {
      PosixFilePermission.OWNER_READ,
      PosixFilePermission.OWNER_WRITE,
      PosixFilePermission.OWNER_EXECUTE,
      PosixFilePermission.GROUP_READ,
      PosixFilePermission.GROUP_WRITE,
      PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ,
      PosixFilePermission.OTHERS_WRITE,
      PosixFilePermission.OTHERS_EXECUTE
    };

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (!POSIX || permission.getStickyBit()) {
        super.setPermission(p, permission);
        return;
      }
      Files.setPosixFilePermissions(pathToFile(p).toPath(), toPosix(permission.toShort()));
    }

    /** The permissions of a mode's lower nine bits ({@code 0644} → rw-r--r--). */
    static Set<PosixFilePermission> toPosix(int mode) {
      Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
      for (int i = 0; i < BITS.length; i++) {
        if ((mode & (0400 >> i)) != 0) {
          set.add(BITS[i]);
        }
      }
      return set;
    }
  }
}
