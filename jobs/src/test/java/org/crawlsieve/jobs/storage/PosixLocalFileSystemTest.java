package org.crawlsieve.jobs.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.crawlsieve.jobs.SparkTestSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PosixLocalFileSystem} against Hadoop's own local file system (which runs {@code chmod}):
 * the same permissions on files and folders for every mode, the same checksummed bytes.
 */
class PosixLocalFileSystemTest {
  @TempDir java.nio.file.Path dir;

  @BeforeAll
  static void posixOnly() {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "a file store with POSIX permissions");
  }

  private static FileSystem ours() throws IOException {
    FileSystem fs = new PosixLocalFileSystem();
    fs.initialize(java.net.URI.create("file:///"), new Configuration());
    return fs;
  }

  private static FileSystem hadoops() throws IOException {
    FileSystem fs = new LocalFileSystem();
    fs.initialize(java.net.URI.create("file:///"), new Configuration());
    return fs;
  }

  private static String mode(java.nio.file.Path p) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  @Test
  void everyModeMatchesHadoopsChmod() throws IOException {
    try (FileSystem ours = ours();
        FileSystem theirs = hadoops()) {
      java.nio.file.Path a = Files.createFile(dir.resolve("a"));
      java.nio.file.Path b = Files.createFile(dir.resolve("b"));
      for (int m = 0; m < 01000; m += 7) { // 0, 07, 016, …: every bit in several combinations
        FsPermission p = new FsPermission((short) m);
        ours.setPermission(new Path(a.toUri()), p);
        theirs.setPermission(new Path(b.toUri()), p);
        assertEquals(mode(b), mode(a), String.format("mode %o", m));
      }
      for (int m : new int[] {0777, 0400, 0200, 0100, 040, 020, 010, 04, 02, 01}) {
        ours.setPermission(new Path(a.toUri()), new FsPermission((short) m));
        theirs.setPermission(new Path(b.toUri()), new FsPermission((short) m));
        assertEquals(mode(b), mode(a), String.format("mode %o", m));
      }
    }
  }

  @Test
  void createdFilesAndFoldersGetTheRequestedPermissionsAndTheirChecksums() throws IOException {
    try (FileSystem ours = ours();
        FileSystem theirs = hadoops()) {
      for (FileSystem fs : new FileSystem[] {ours, theirs}) {
        String name = fs == ours ? "ours" : "theirs";
        Path folder = new Path(dir.resolve(name).toUri() + "/x/y");
        fs.mkdirs(folder, new FsPermission((short) 0750));
        Path file = new Path(folder, "part-0.parquet");
        try (FSDataOutputStream out =
            fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
          out.write("payload".getBytes(StandardCharsets.UTF_8));
        }
      }
      java.nio.file.Path o = dir.resolve("ours/x/y");
      java.nio.file.Path t = dir.resolve("theirs/x/y");
      assertEquals(mode(t), mode(o));
      assertEquals(mode(t.getParent()), mode(o.getParent()));
      assertEquals(mode(t.resolve("part-0.parquet")), mode(o.resolve("part-0.parquet")));
      assertEquals(mode(t.resolve(".part-0.parquet.crc")), mode(o.resolve(".part-0.parquet.crc")));
      assertArrayEquals(
          Files.readAllBytes(t.resolve(".part-0.parquet.crc")),
          Files.readAllBytes(o.resolve(".part-0.parquet.crc")),
          "the checksum layer is Hadoop's own");
      try (FSDataInputStream in = ours.open(new Path(o.resolve("part-0.parquet").toUri()))) {
        assertArrayEquals("payload".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
      }
    }
  }

  @Test
  void theStickyBitAndAMissingFileGoThroughHadoopsPath() throws IOException {
    try (FileSystem ours = ours()) {
      java.nio.file.Path d = Files.createDirectory(dir.resolve("shared"));
      ours.setPermission(new Path(d.toUri()), new FsPermission((short) 01777));
      assertEquals("rwxrwxrwx", mode(d));
      assertEquals(
          01777, ours.getFileStatus(new Path(d.toUri())).getPermission().toShort() & 07777);
      assertThrows(
          IOException.class,
          () ->
              ours.setPermission(
                  new Path(dir.resolve("absent").toUri()), new FsPermission((short) 0644)));
    }
  }

  @Test
  void sparkSessionsUseItForFilePaths() throws IOException {
    Configuration conf = SparkTestSession.get().sparkContext().hadoopConfiguration();
    assertEquals(PosixLocalFileSystem.class.getName(), conf.get("fs.file.impl"));
    assertInstanceOf(PosixLocalFileSystem.class, new Path(dir.toUri()).getFileSystem(conf));
  }
}
