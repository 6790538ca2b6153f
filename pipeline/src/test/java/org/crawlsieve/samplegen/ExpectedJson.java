package org.crawlsieve.samplegen;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes {@code expected.json}, the ground truth of the sample, pretty-printed and stable. */
final class ExpectedJson {
  private ExpectedJson() {}

  static void write(Path file, Map<String, Object> root) throws IOException {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    DefaultIndenter indent = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(indent);
    pp.indentArraysWith(indent);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    String json = mapper.writer(pp).writeValueAsString(root) + "\n";
    Files.writeString(file, json, StandardCharsets.UTF_8);
  }

  /** One response record's entry. */
  static Map<String, Object> record(Capture c, String file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("record_id", c.recordId);
    m.put("url", c.url);
    m.put("host", c.host());
    m.put("file", file);
    m.put("warc_type", "response");
    m.put("date", c.date.toString());
    m.put("http_status", c.status);
    m.put("content_type", baseType(c.contentType));
    m.put("language", c.language);
    m.put("title", c.title);
    Map<String, Object> traits = new TreeMap<>();
    c.traits.forEach((k, v) -> traits.put(k, plain(v)));
    m.put("traits", traits);
    return m;
  }

  static String baseType(String contentType) {
    if (contentType == null) {
      return null;
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase();
  }

  /** Captures become their record ids; collections are copied with the same rule. */
  static Object plain(Object v) {
    if (v instanceof Capture c) {
      return c.recordId;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    return v;
  }
}
