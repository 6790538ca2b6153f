package org.crawlsieve.jobs.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.crawlsieve.cli.UserException;

/**
 * A snapshot's {@code manifest.json}: an ordered JSON object whose {@code files} list names every
 * other file of the snapshot with rows, bytes and SHA-256. Other keys (schema, source, config,
 * funnel, tombstones, parent) are described in docs/publishing.md.
 */
public final class Manifest {
  public static final String FORMAT = "crawlsieve-snapshot/1";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Map<String, Object> tree;

  public Manifest(Map<String, Object> tree) {
    this.tree = tree;
  }

  public Map<String, Object> tree() {
    return tree;
  }

  public String name() {
    return (String) tree.get("name");
  }

  public String version() {
    return (String) tree.get("version");
  }

  public String createdAt() {
    return (String) tree.get("created_at");
  }

  @SuppressWarnings("unchecked")
  public Map<String, Object> section(String key) {
    Object v = tree.get(key);
    return v instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
  }

  public long documents() {
    Object v = section("counts").get("documents");
    return v instanceof Number n ? n.longValue() : 0L;
  }

  /** The listed files; a malformed entry is a {@link UserException}. */
  public List<FileEntry> files() {
    Object v = tree.get("files");
    if (!(v instanceof List<?> list)) {
      throw new UserException("manifest has no 'files' list");
    }
    List<FileEntry> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof Map<?, ?> m)
          || !(m.get("path") instanceof String path)
          || !(m.get("bytes") instanceof Number bytes)
          || !(m.get("sha256") instanceof String sha)) {
        throw new UserException("manifest has a malformed file entry: " + o);
      }
      Long rows = m.get("rows") instanceof Number r ? r.longValue() : null;
      String lang = m.get("language") instanceof String l ? l : null;
      out.add(new FileEntry(path, rows, bytes.longValue(), sha, lang));
    }
    return out;
  }

  public List<FileEntry> dataFiles() {
    return files().stream().filter(f -> f.path().startsWith(SnapshotLayout.DATA + "/")).toList();
  }

  public static List<Map<String, Object>> filesJson(List<FileEntry> files) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (FileEntry f : files) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("path", f.path());
      if (f.language() != null) {
        m.put("language", f.language());
      }
      m.put("rows", f.rows());
      m.put("bytes", f.bytes());
      m.put("sha256", f.sha256());
      out.add(m);
    }
    return out;
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("manifest is not serialisable", e);
    }
  }

  /** Reads {@code <dir>/manifest.json}; absent or unparsable is a {@link UserException}. */
  @SuppressWarnings("unchecked")
  public static Manifest read(SnapshotFs fs, Path dir) {
    Path p = new Path(dir, SnapshotLayout.MANIFEST);
    if (!fs.exists(p)) {
      throw new UserException(dir + " is not a snapshot: no " + SnapshotLayout.MANIFEST);
    }
    try {
      return new Manifest(JSON.readValue(fs.readString(p), LinkedHashMap.class));
    } catch (JsonProcessingException e) {
      throw new UserException(p + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
