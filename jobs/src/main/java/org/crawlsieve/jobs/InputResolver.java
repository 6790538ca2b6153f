package org.crawlsieve.jobs;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.crawlsieve.cli.UserException;

/**
 * Turns an {@code --input} argument into the list of WARC files to read. Accepted forms: a WARC
 * file, a directory (its {@code *.warc}, {@code *.warc.gz}, {@code *.arc.gz} files, recursively), a
 * glob, or a listing (a {@code .paths}, {@code .paths.gz}, {@code .txt} or {@code .list} file with
 * one path per line, as Common Crawl's {@code warc.paths.gz}). Relative lines of a listing are
 * resolved against the paths prefix ({@code s3a://commoncrawl/} by default). Works on any Hadoop
 * file system (local, s3a, hdfs).
 */
public final class InputResolver {
  private final Configuration conf;
  private final String pathsPrefix;

  public InputResolver(Configuration conf, String pathsPrefix) {
    this.conf = conf;
    this.pathsPrefix = pathsPrefix;
  }

  /** The files named by {@code input}, in a stable order, at most {@code limit} (0: all). */
  public List<String> resolve(String input, int limit) {
    List<String> files;
    try {
      files = resolve(input);
    } catch (IOException e) {
      throw new UserException("cannot read input '" + input + "': " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new UserException("input '" + input + "' names no WARC files");
    }
    return limit > 0 && files.size() > limit ? files.subList(0, limit) : files;
  }

  private List<String> resolve(String input) throws IOException {
    Path path = new Path(input);
    FileSystem fs = path.getFileSystem(conf);
    if (isGlob(input)) {
      FileStatus[] matches = fs.globStatus(path);
      List<String> out = new ArrayList<>();
      if (matches != null) {
        for (FileStatus s : matches) {
          if (s.isDirectory()) {
            out.addAll(listDirectory(fs, s.getPath()));
          } else if (isWarc(s.getPath().getName())) {
            out.add(s.getPath().toString());
          }
        }
      }
      out.sort(null);
      return out;
    }
    FileStatus status;
    try {
      status = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw new UserException("input not found: " + input);
    }
    if (status.isDirectory()) {
      return listDirectory(fs, status.getPath());
    }
    if (isListing(path.getName())) {
      return readListing(fs, path);
    }
    return List.of(status.getPath().toString());
  }

  private List<String> listDirectory(FileSystem fs, Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    var it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      Path p = it.next().getPath();
      if (isWarc(p.getName())) {
        out.add(p.toString());
      }
    }
    out.sort(null);
    return out;
  }

  private List<String> readListing(FileSystem fs, Path listing) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream raw = fs.open(listing);
        InputStream in = listing.getName().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(absolute(line));
        }
      }
    }
    return out;
  }

  /** A listing line as a full path: kept if it has a scheme or is absolute, else prefixed. */
  String absolute(String line) {
    if (line.contains("://") || line.startsWith("/")) {
      return line;
    }
    String prefix = pathsPrefix.endsWith("/") ? pathsPrefix : pathsPrefix + "/";
    return prefix + line;
  }

  static boolean isGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  static boolean isListing(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".paths")
        || n.endsWith(".paths.gz")
        || n.endsWith(".txt")
        || n.endsWith(".list");
  }

  static boolean isWarc(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".warc")
        || n.endsWith(".warc.gz")
        || n.endsWith(".arc.gz")
        || n.endsWith(".arc")
        || n.endsWith(".warc.zst");
  }
}
