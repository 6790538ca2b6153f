package org.crawlsieve.samplegen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The original sentences, titles and interface labels of one language, read from {@code
 * samplegen/text/<lang>.txt}: sections in brackets, {@code key = value} lines in {@code [ui]}, one
 * entry per line elsewhere, {@code #} comments.
 */
record TextBank(
    String lang,
    Map<String, String> ui,
    List<String> titles,
    List<String> headings,
    List<String> sentences,
    List<String> items,
    List<String> comments,
    List<String> names) {

  static TextBank load(String lang) {
    String resource = "/samplegen/text/" + lang + ".txt";
    Map<String, String> ui = new LinkedHashMap<>();
    Map<String, List<String>> sections = new LinkedHashMap<>();
    try (InputStream in = TextBank.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing text bank " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          section = line.substring(1, line.length() - 1);
          continue;
        }
        if ("ui".equals(section)) {
          int eq = line.indexOf('=');
          ui.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        } else {
          sections.computeIfAbsent(section, k -> new ArrayList<>()).add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TextBank(
        lang,
        Map.copyOf(ui),
        List.copyOf(sections.get("titles")),
        List.copyOf(sections.get("headings")),
        List.copyOf(sections.get("sentences")),
        List.copyOf(sections.get("items")),
        List.copyOf(sections.get("comments")),
        List.copyOf(sections.get("names")));
  }

  /** An interface label; a missing key is a bug in the bank, so it fails loudly. */
  String label(String key) {
    String v = ui.get(key);
    if (v == null) {
      throw new IllegalStateException(lang + ": no ui label " + key);
    }
    return v;
  }
}
