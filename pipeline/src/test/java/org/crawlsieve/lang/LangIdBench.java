package org.crawlsieve.lang;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.core.Text;
import org.crawlsieve.extract.HtmlExtractor;
import org.crawlsieve.extract.bench.SharedData;

/**
 * Compares language detectors: accuracy on Lingua's test sets ({@code
 * ../shared/data/langid/lingua-testdata}: sentences, word pairs, single words; the first N lines
 * per language, every language counted, unsupported ones as misses) and speed on the first {@code
 * sample} characters of the main text of the 990 trafilatura-eval pages, on one thread.
 *
 * <p>Usage: {@code LangIdBench [--lines N] [--sample CHARS] [--only NAME]}.
 */
public final class LangIdBench {
  private LangIdBench() {}

  public static void main(String[] args) throws IOException {
    int lines = 200;
    int sample = LanguageConfig.defaults().sampleChars();
    String only = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--lines" -> lines = Integer.parseInt(args[++i]);
        case "--sample" -> sample = Integer.parseInt(args[++i]);
        case "--only" -> only = args[++i];
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    Path shared = SharedData.locate();
    if (shared == null) {
      System.out.println("langid bench: ../shared not found; skipped");
      return;
    }
    Path data = shared.resolve("data/langid/lingua-testdata");
    List<String> pages = pageTexts(shared.resolve("data/extraction/trafilatura-eval/html"), sample);
    Map<String, Supplier<LanguageDetector>> detectors = new LinkedHashMap<>();
    detectors.put("optimaize", OptimaizeDetector::new);
    detectors.put("lingua-low", () -> new LinguaDetector(true));
    detectors.put("lingua-high", () -> new LinguaDetector(false));
    detectors.put("lingua-low@300", () -> truncating(new LinguaDetector(true), 300));
    detectors.put(
        "hybrid-low",
        () -> new HybridDetector(new OptimaizeDetector(), new LinguaDetector(true), 500));
    detectors.put(
        "hybrid-high",
        () -> new HybridDetector(new OptimaizeDetector(), new LinguaDetector(false), 500));
    System.out.printf(
        Locale.ROOT,
        "%-15s %9s %9s %9s %9s %10s %9s%n",
        "detector",
        "sentences",
        "wordpairs",
        "words",
        "mean",
        "pages/s",
        "load s");
    for (var d : detectors.entrySet()) {
      if (only != null && !only.equals(d.getKey())) {
        continue;
      }
      long t0 = System.nanoTime();
      LanguageDetector det = d.getValue().get();
      det.detect("warm up the models with a short English sentence");
      double load = (System.nanoTime() - t0) / 1e9;
      double s = accuracy(det, data.resolve("sentences"), lines);
      double p = accuracy(det, data.resolve("word-pairs"), lines);
      double w = accuracy(det, data.resolve("single-words"), lines);
      // speed: one warm pass, then the timed pass
      for (String t : pages) {
        det.detect(t);
      }
      long t1 = System.nanoTime();
      for (String t : pages) {
        det.detect(t);
      }
      double pps = pages.size() / ((System.nanoTime() - t1) / 1e9);
      System.out.printf(
          Locale.ROOT,
          "%-15s %9.1f %9.1f %9.1f %9.1f %10.1f %9.1f%n",
          d.getKey(),
          s,
          p,
          w,
          (s + p + w) / 3,
          pps,
          load);
    }
  }

  private static LanguageDetector truncating(LanguageDetector d, int chars) {
    return text -> d.detect(text.length() > chars ? text.subSequence(0, chars) : text);
  }

  /** Mean over languages of the share of lines detected as the file's language, in percent. */
  static double accuracy(LanguageDetector det, Path dir, int lines) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    double sum = 0;
    for (Path f : files) {
      String expected = normalise(f.getFileName().toString().replace(".txt", ""));
      List<String> texts = Files.readAllLines(f, StandardCharsets.UTF_8);
      int n = Math.min(lines, texts.size());
      int ok = 0;
      for (int i = 0; i < n; i++) {
        if (normalise(det.detect(texts.get(i)).language()).equals(expected)) {
          ok++;
        }
      }
      sum += n == 0 ? 0 : ok / (double) n;
    }
    return 100 * sum / files.size();
  }

  /** Norwegian: the test data says nb and nn; some detectors only know "no". */
  private static String normalise(String code) {
    return switch (code) {
      case "nb", "nn", "no" -> "no";
      default -> code;
    };
  }

  static List<String> pageTexts(Path htmlDir, int sample) throws IOException {
    List<String> out = new ArrayList<>();
    HtmlExtractor html = new HtmlExtractor();
    List<Path> files;
    try (Stream<Path> s = Files.list(htmlDir)) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        bytes = in.readAllBytes();
      }
      out.add(Text.truncate(html.extract(bytes, null, null).text(), sample));
    }
    return out;
  }
}
