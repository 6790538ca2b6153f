package org.crawlsieve.jobs.publish;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * File operations on any Hadoop file system (local, HDFS, s3a) used by publishing. IO failures
 * become {@link UncheckedIOException}s naming the path.
 */
public final class SnapshotFs {
  /** Schemes whose rename is a copy, not atomic: there the manifest, written last, commits. */
  private static final Set<String> OBJECT_STORES =
      Set.of("s3a", "s3", "s3n", "gs", "abfs", "abfss", "wasb", "wasbs", "oss", "cos");

  private final Configuration conf;

  public SnapshotFs(Configuration conf) {
    this.conf = conf;
  }

  public Configuration conf() {
    return conf;
  }

  /**
   * The file system of a path; for a checksummed one (the local file system) its raw form, so
   * snapshots get no {@code .crc} side files and a damaged file is read and reported by {@code
   * verify} rather than refused with a checksum exception.
   */
  public FileSystem fs(Path p) {
    try {
      FileSystem fs = p.getFileSystem(conf);
      return fs instanceof org.apache.hadoop.fs.ChecksumFileSystem c ? c.getRawFileSystem() : fs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the file system of " + p, e);
    }
  }

  public boolean isObjectStore(Path p) {
    String scheme = fs(p).getUri().getScheme();
    return scheme != null && OBJECT_STORES.contains(scheme);
  }

  public boolean exists(Path p) {
    try {
      return fs(p).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + p, e);
    }
  }

  public boolean isDirectory(Path p) {
    try {
      return fs(p).getFileStatus(p).isDirectory();
    } catch (java.io.FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check " + p, e);
    }
  }

  /** Immediate children (files and directories); empty when {@code dir} is absent. */
  public List<FileStatus> list(Path dir) {
    try {
      if (!fs(dir).exists(dir)) {
        return List.of();
      }
      return List.of(fs(dir).listStatus(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Every file under {@code dir}, recursively, as paths relative to {@code dir}, sorted. */
  public List<String> listFilesRelative(Path dir) {
    List<String> out = new ArrayList<>();
    try {
      FileSystem fs = fs(dir);
      if (!fs.exists(dir)) {
        return out;
      }
      String base = fs.getFileStatus(dir).getPath().toUri().getPath();
      base = base.endsWith("/") ? base : base + "/";
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true);
      while (it.hasNext()) {
        String p = it.next().getPath().toUri().getPath();
        out.add(p.startsWith(base) ? p.substring(base.length()) : p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    out.sort(null);
    return out;
  }

  public long length(Path p) {
    try {
      return fs(p).getFileStatus(p).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stat " + p, e);
    }
  }

  /** Bytes of every file under {@code dir}. */
  public long totalBytes(Path dir) {
    try {
      return fs(dir).getContentSummary(dir).getLength();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + dir, e);
    }
  }

  /** Hex SHA-256 of a file's bytes, streamed. */
  public String sha256(Path p) {
    try (InputStream in = fs(p).open(p)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Rows of a Parquet file, from its footer. */
  public long parquetRows(Path p) {
    try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(p, conf))) {
      return r.getRecordCount();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Parquet footer of " + p, e);
    }
  }

  /** The Parquet schema (message type) from a file's footer. */
  public String parquetSchema(Path p) {
    try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(p, conf))) {
      return r.getFooter().getFileMetaData().getSchema().toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Parquet footer of " + p, e);
    }
  }

  /** Lines of a text file (without the trailing newline). */
  public long lineCount(Path p) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs(p).open(p), StandardCharsets.UTF_8))) {
      long n = 0;
      while (r.readLine() != null) {
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  public String readString(Path p) {
    try (InputStream in = fs(p).open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  /** Writes (replacing) a small file. */
  public void writeString(Path p, String text) {
    try (OutputStream os = fs(p).create(p, true)) {
      os.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + p, e);
    }
  }

  public void mkdirs(Path p) {
    try {
      fs(p).mkdirs(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + p, e);
    }
  }

  public void delete(Path p) {
    try {
      fs(p).delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p, e);
    }
  }

  /** Renames; false when the file system refused (e.g. the target appeared meanwhile). */
  public boolean rename(Path from, Path to) {
    try {
      return fs(from).rename(from, to);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
    }
  }
}
