package org.crawlsieve.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the audit report: one static HTML file (inline CSS, JS and SVG, no network). The data
 * goes in a {@code <script type="application/json">} block with every {@code <}, {@code >} and
 * {@code &} written as a JSON unicode escape, so no crawled string can close the block or open a
 * tag; the page's script builds the DOM from it with {@code textContent} only.
 */
public final class ReportHtml {
  private static final String PLACEHOLDER = "/*DATA*/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportHtml() {}

  public static String render(Map<String, Object> data) {
    String template;
    try (InputStream in = ReportHtml.class.getResourceAsStream("report.html")) {
      if (in == null) {
        throw new IllegalStateException("report.html template missing from the class path");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int at = template.indexOf(PLACEHOLDER);
    return template.substring(0, at)
        + scriptSafeJson(data)
        + template.substring(at + PLACEHOLDER.length());
  }

  /** JSON whose text cannot end a script element or start markup: {@code < > &} escaped. */
  static String scriptSafeJson(Object value) {
    String json;
    try {
      json = JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("report data is not serialisable", e);
    }
    StringBuilder sb = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case '\u2028' -> sb.append("\\u2028");
        case '\u2029' -> sb.append("\\u2029");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
