package org.crawlsieve.jobs.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.crawlsieve.cli.UserException;

/** Reads and writes tombstone lists ({@code tombstones.jsonl}, one {@link Tombstone} a line). */
public final class Tombstones {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Tombstones() {}

  /**
   * A tombstone file, or a directory holding one (a snapshot version); the path must exist, since a
   * takedown that silently stopped applying would undo itself.
   */
  public static Path resolve(SnapshotFs fs, String location) {
    Path p = new Path(location);
    if (fs.isDirectory(p)) {
      Path inside = new Path(p, SnapshotLayout.TOMBSTONES);
      if (!fs.exists(inside)) {
        throw new UserException(
            "tombstone list not found: no " + SnapshotLayout.TOMBSTONES + " in " + location);
      }
      return inside;
    }
    if (!fs.exists(p)) {
      throw new UserException("tombstone list not found: " + location);
    }
    return p;
  }

  /** Tombstones of a file; empty when it is absent. A bad line is a {@link UserException}. */
  public static List<Tombstone> read(SnapshotFs fs, Path file) {
    List<Tombstone> out = new ArrayList<>();
    if (!fs.exists(file)) {
      return out;
    }
    int lineNo = 0;
    for (String line : fs.readString(file).split("\n")) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Tombstone t = JSON.readValue(line, Tombstone.class);
        if (t.kind() == null) {
          throw new UserException(file + ":" + lineNo + ": tombstone without 'kind'");
        }
        out.add(t);
      } catch (JsonProcessingException e) {
        throw new UserException(
            file + ":" + lineNo + ": not a tombstone: " + e.getOriginalMessage());
      }
    }
    return out;
  }

  /** Writes tombstones, dropping exact repeats; returns the number of lines written. */
  public static long write(SnapshotFs fs, Path file, List<Tombstone> tombstones) {
    Set<Tombstone> unique = new LinkedHashSet<>(tombstones);
    StringBuilder sb = new StringBuilder();
    for (Tombstone t : unique) {
      try {
        sb.append(JSON.writeValueAsString(t)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    fs.writeString(file, sb.toString());
    return unique.size();
  }
}
