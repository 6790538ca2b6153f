package org.crawlsieve.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crawlsieve.core.Document;

/**
 * The Common Crawl WET documents with CCNet metadata under {@code ../shared/data/text/} (Dolma's
 * test files: JSON lines with {@code id}, {@code text} and {@code metadata.language}, {@code
 * metadata.url}). Located through the {@code crawlsieve.repo} system property, else the {@code
 * CRAWLSIEVE_SHARED} environment variable; null when absent (CI-only data).
 */
final class SharedText {
  private SharedText() {}

  static Path dir() {
    String repo = System.getProperty("crawlsieve.repo");
    if (repo != null) {
      Path p = Path.of(repo).resolve("../shared/data/text");
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    String env = System.getenv("CRAWLSIEVE_SHARED");
    if (env != null) {
      Path p = Path.of(env).resolve("data/text");
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }

  /** Every document of every {@code .jsonl} file under {@code dir}, in file-name order. */
  static List<Document> documents(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    List<Document> docs = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          JsonNode n = json.readTree(line);
          JsonNode meta = n.path("metadata");
          String url = meta.path("url").asText(n.path("id").asText());
          docs.add(
              Document.builder()
                  .id(n.path("id").asText())
                  .url(url)
                  .host(org.crawlsieve.core.Urls.host(url))
                  .text(n.path("text").asText())
                  .language(
                      meta.path("language").asText("und"), meta.path("language_score").asDouble())
                  .build());
        }
      }
    }
    return docs;
  }
}
