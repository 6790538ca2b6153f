package org.crawlsieve.consent.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.consent.robots.PathPattern;
import org.crawlsieve.consent.robots.RobotsPaths;

/**
 * A parsed {@code /.well-known/tdmrep.json} (W3C TDMRep): an array of {@code {location,
 * tdm-reservation, tdm-policy}}; the first entry whose location matches a path applies. Locations
 * use robots.txt path syntax ({@code *}, final {@code $}). Malformed files parse to no entries.
 */
public final class TdmRepFile {
  /** Entries read from one file; more are ignored. */
  public static final int MAX_ENTRIES = 10_000;

  /** Largest file read. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<Entry> entries;

  private TdmRepFile(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Parses a file body; never throws. */
  public static TdmRepFile parse(byte[] body) {
    List<Entry> entries = new ArrayList<>();
    if (body == null || body.length == 0 || body.length > MAX_BYTES) {
      return new TdmRepFile(entries);
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException | RuntimeException e) {
      return new TdmRepFile(entries);
    }
    if (root == null || !root.isArray()) {
      return new TdmRepFile(entries);
    }
    for (JsonNode n : root) {
      if (entries.size() >= MAX_ENTRIES) {
        break;
      }
      if (!n.isObject() || !n.hasNonNull("location")) {
        continue;
      }
      String location = n.get("location").asText().strip();
      if (!location.startsWith("/") && !location.startsWith("*")) {
        location = "/" + location;
      }
      JsonNode r = n.get("tdm-reservation");
      String reservation = r == null || r.isNull() ? null : r.asText().strip();
      JsonNode p = n.get("tdm-policy");
      String policy = p == null || p.isNull() ? null : p.asText().strip();
      entries.add(
          new Entry(location, PathPattern.of(RobotsPaths.pathOf(location)), reservation, policy));
    }
    return new TdmRepFile(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** The first entry whose location matches {@code url} (a URL or path), or null. */
  public Entry match(String url) {
    String path = RobotsPaths.pathOf(url);
    for (Entry e : entries) {
      if (e.pattern().matches(path)) {
        return e;
      }
    }
    return null;
  }

  /**
   * One entry of the file.
   *
   * @param location the location as written
   * @param pattern the location as a path pattern
   * @param reservation the {@code tdm-reservation} value ({@code 1} reserves), or null
   * @param policy the {@code tdm-policy} URL, or null
   */
  public record Entry(String location, PathPattern pattern, String reservation, String policy) {}
}
