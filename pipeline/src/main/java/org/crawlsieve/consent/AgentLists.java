package org.crawlsieve.consent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.crawlsieve.config.ConfigException;
import org.crawlsieve.consent.robots.RobotsParser;

/**
 * Loads agent lists: the default YAML list (from the classpath, so it travels inside a shaded jar
 * to every executor) or a YAML file of the same shape, and the optional extended list in the
 * ai.robots.txt JSON format (an object keyed by agent name).
 */
public final class AgentLists {
  /** Classpath location of the default list; {@code conf/ai-agents.yaml} is its documented copy. */
  public static final String DEFAULT_RESOURCE = "/org/crawlsieve/consent/ai-agents.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  private AgentLists() {}

  /** The list a consent config asks for: default or file, plus the extended list if set. */
  public static AgentList load(ConsentConfig config) {
    AgentList list =
        config.agentsFile() == null ? defaults() : fromYaml(Path.of(config.agentsFile()));
    if (config.extendedAgentsFile() != null) {
      list = list.plus(fromAiRobotsJson(Path.of(config.extendedAgentsFile())));
    }
    return list;
  }

  /** The built-in default list. */
  public static AgentList defaults() {
    try (InputStream in = AgentLists.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return parseYaml(in.readAllBytes(), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  /** A YAML list: {@code version: ...} and {@code agents: [...]}. */
  public static AgentList fromYaml(Path file) {
    return parseYaml(read(file), file.toString());
  }

  static AgentList parseYaml(byte[] yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (IOException e) {
      throw new ConfigException(source + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(source + ": expected 'version' and 'agents' keys");
    }
    Iterator<String> keys = root.fieldNames();
    while (keys.hasNext()) {
      String k = keys.next();
      if (!k.equals("version") && !k.equals("agents")) {
        throw new ConfigException(
            source + ": unknown key '" + k + "'; valid keys: agents, version");
      }
    }
    JsonNode version = root.get("version");
    JsonNode agents = root.get("agents");
    if (version == null || !version.isValueNode() || version.asText().isBlank()) {
      throw new ConfigException(source + ": 'version' is required");
    }
    if (agents == null || !agents.isArray()) {
      throw new ConfigException(source + ": 'agents' must be a list of product tokens");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode a : agents) {
      String token = a.asText().strip();
      if (!RobotsParser.isValidAgent(token) || token.equals("*")) {
        throw new ConfigException(
            source + ": '" + token + "' is not a product token (letters, digits, '-', '_')");
      }
      names.add(token);
    }
    return new AgentList(version.asText().strip(), names);
  }

  /**
   * The ai.robots.txt {@code robots.json} format: an object whose keys are agent names. Names that
   * are not product tokens (spaces, slashes) are skipped: robots.txt groups cannot name them. The
   * version is the file name and the first 12 hex digits of its SHA-256.
   */
  public static AgentList fromAiRobotsJson(Path file) {
    byte[] bytes = read(file);
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new ConfigException(file + ": not valid JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigException(file + ": expected an object keyed by agent name");
    }
    List<String> names = new ArrayList<>();
    root.fieldNames()
        .forEachRemaining(
            n -> {
              if (RobotsParser.isValidAgent(n.strip()) && !n.strip().equals("*")) {
                names.add(n.strip());
              }
            });
    return new AgentList(file.getFileName() + "@" + sha256(bytes).substring(0, 12), names);
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException("agent list not found: " + file);
    } catch (IOException e) {
      throw new ConfigException("cannot read agent list " + file + ": " + e.getMessage());
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
