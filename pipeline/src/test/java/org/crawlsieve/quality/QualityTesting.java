package org.crawlsieve.quality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.StepResult;
import org.crawlsieve.core.StepRunner;

/** Shared helpers of the quality tests: documents, configs from YAML, step runs. */
final class QualityTesting {
  private QualityTesting() {}

  static Document doc(String text, String language) {
    return Document.builder()
        .id("t")
        .url("http://example.org/")
        .text(text)
        .language(language, 1.0)
        .build();
  }

  /** The quality section of a YAML config whose {@code quality:} body is {@code body}. */
  static QualityConfig config(String body) {
    String yaml = body.isBlank() ? "" : "quality:\n" + body.stripIndent().indent(2);
    return ConfigLoader.parse(yaml, "test").quality();
  }

  static StepResult run(org.crawlsieve.core.Step step, Document doc) {
    return StepRunner.run(step, doc);
  }

  /** {@code n} copies of {@code s}. */
  static List<String> times(int n, String s) {
    return new ArrayList<>(Collections.nCopies(n, s));
  }

  /** Words joined by single spaces. */
  static String words(List<String> words) {
    return String.join(" ", words);
  }

  /** {@code n} copies of {@code s} joined by {@code sep}. */
  static String repeat(int n, String s, String sep) {
    return String.join(sep, Collections.nCopies(n, s));
  }
}
