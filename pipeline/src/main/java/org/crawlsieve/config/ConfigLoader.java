package org.crawlsieve.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a {@link CrawlsieveConfig} from YAML, strictly: an unknown key is an error that lists the
 * valid keys at that place, a wrong type names the key and the expected type.
 */
public final class ConfigLoader {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final ObjectMapper CANONICAL_JSON =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private ConfigLoader() {}

  /** Reads a config file; a missing or unreadable file is a {@link ConfigException}. */
  public static CrawlsieveConfig load(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigException("config file not found: " + file);
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
    return parse(yaml, file.toString());
  }

  /** Parses YAML text; {@code source} names it in error messages. */
  public static CrawlsieveConfig parse(String yaml, String source) {
    if (yaml.isBlank()) {
      return CrawlsieveConfig.defaults();
    }
    try {
      CrawlsieveConfig config = YAML.readValue(yaml, CrawlsieveConfig.class);
      return config == null ? CrawlsieveConfig.defaults() : config;
    } catch (UnrecognizedPropertyException e) {
      String full = path(e);
      int dot = full.lastIndexOf('.');
      String where = dot < 0 ? "" : full.substring(0, dot);
      String valid =
          e.getKnownPropertyIds() == null
              ? "?"
              : e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .collect(Collectors.toCollection(TreeSet::new))
                  .stream()
                  .collect(Collectors.joining(", "));
      throw new ConfigException(
          source
              + ": unknown key '"
              + e.getPropertyName()
              + "'"
              + (where.isEmpty() ? "" : " in '" + where + "'")
              + "; valid keys: "
              + valid);
    } catch (InvalidFormatException e) {
      throw new ConfigException(
          source
              + ": bad value '"
              + e.getValue()
              + "' for '"
              + path(e)
              + "' (expected "
              + e.getTargetType().getSimpleName()
              + ")");
    } catch (MismatchedInputException e) {
      throw new ConfigException(
          source + ": wrong type for '" + path(e) + "': " + firstLine(e.getOriginalMessage()));
    } catch (JsonMappingException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (root instanceof ConfigException ce) {
        throw new ConfigException(source + ": " + ce.getMessage());
      }
      throw new ConfigException(source + ": " + firstLine(e.getOriginalMessage()));
    } catch (JsonProcessingException e) {
      throw new ConfigException(source + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
    }
  }

  /** The effective config (defaults filled in) as canonical JSON: sorted keys, no whitespace. */
  public static String canonicalJson(CrawlsieveConfig config) {
    try {
      return CANONICAL_JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("config is not serialisable", e);
    }
  }

  /** First 16 hex digits of the SHA-256 of {@link #canonicalJson}: equal configs, equal hash. */
  public static String hash(CrawlsieveConfig config) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(canonicalJson(config).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The effective config as a plain map, e.g. to embed in stats.json. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> asMap(CrawlsieveConfig config) {
    return CANONICAL_JSON.convertValue(config, Map.class);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
