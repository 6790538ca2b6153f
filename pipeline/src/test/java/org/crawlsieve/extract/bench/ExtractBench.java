package org.crawlsieve.extract.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.Text;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.extract.ExtractConfig;
import org.crawlsieve.lang.LanguageDetector;
import org.crawlsieve.lang.LanguageDetectors;
import org.crawlsieve.warc.RawRecord;
import org.jsoup.Jsoup;

/**
 * Scores the extractor on trafilatura's 990-page evaluation set with that benchmark's own rule (a
 * "with" segment found in the text is a true positive, missing a false negative; a "without"
 * segment found is a false positive) and times it against plain {@code Jsoup.parse} of the same
 * bytes, on one thread, in the same run.
 *
 * <p>Usage: {@code ExtractBench [shared-dir] [--rounds N] [--errors FILE [--all]] [--dump DIR]}.
 * Exits 0 with a message when the data is absent.
 */
public final class ExtractBench {
  private ExtractBench() {}

  record Page(String url, String file, byte[] html, List<String> with, List<String> without) {}

  public static void main(String[] args) throws IOException {
    Path shared = null;
    int rounds = 3;
    Path errors = null;
    Path dump = null;
    boolean all = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--errors" -> errors = Path.of(args[++i]);
        case "--dump" -> dump = Path.of(args[++i]);
        case "--all" -> all = true; // --errors also lists TP and TN segments (for ErrorContext)
        default -> shared = Path.of(args[i]);
      }
    }
    if (shared == null) {
      shared = SharedData.locate();
    }
    Path dir = shared == null ? null : shared.resolve("data/extraction/trafilatura-eval");
    if (dir == null || !Files.isRegularFile(dir.resolve("evaldata.json"))) {
      System.out.println(
          "bench-extract: ../shared/data/extraction/trafilatura-eval not found; skipped");
      return;
    }
    List<Page> pages = load(dir);
    DocumentExtractor extractor = new DocumentExtractor(ExtractConfig.defaults());
    LanguageDetector detector = LanguageDetectors.shared();
    int sample = org.crawlsieve.lang.LanguageConfig.defaults().sampleChars();

    // Quality, and the texts for the error report.
    long tp = 0;
    long fn = 0;
    long fp = 0;
    long tn = 0;
    List<String> report = new ArrayList<>();
    for (Page p : pages) {
      String text = extractor.extract(record(p)).document().text();
      if (dump != null) {
        Files.createDirectories(dump);
        Files.writeString(dump.resolve(p.file() + ".txt"), text);
      }
      for (String w : p.with()) {
        if (text.contains(w)) {
          tp++;
          if (all) {
            report.add("TP\t" + p.file() + "\t" + w);
          }
        } else {
          fn++;
          report.add("FN\t" + p.file() + "\t" + w);
        }
      }
      for (String w : p.without()) {
        if (text.contains(w)) {
          fp++;
          report.add("FP\t" + p.file() + "\t" + w);
        } else {
          tn++;
          if (all) {
            report.add("TN\t" + p.file() + "\t" + w);
          }
        }
      }
    }
    if (errors != null) {
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors))) {
        report.forEach(out::println);
      }
    }
    double precision = tp / (double) (tp + fp);
    double recall = tp / (double) (tp + fn);
    double f1 = 2 * precision * recall / (precision + recall);
    double accuracy = (tp + tn) / (double) (tp + tn + fp + fn);

    // Speed: page by page, the floor then ours, so load changes on this shared machine hit both
    // alike; round 1 warms the JIT and is not counted.
    long floorNanos = 0;
    long extractNanos = 0;
    long langNanos = 0;
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long roundFloor = 0;
      long roundExtract = 0;
      long roundLang = 0;
      for (Page p : pages) {
        long t0 = System.nanoTime();
        sink += Jsoup.parse(new ByteArrayInputStream(p.html()), null, p.url()).childNodeSize();
        long t1 = System.nanoTime();
        String text = extractor.extract(record(p)).document().text();
        long t2 = System.nanoTime();
        sink += detector.detect(Text.truncate(text, sample)).language().length();
        long t3 = System.nanoTime();
        roundFloor += t1 - t0;
        roundExtract += t2 - t1;
        roundLang += t3 - t2;
      }
      System.out.printf(
          Locale.ROOT,
          "round %d: jsoup.parse %.1f pages/s, extract %.1f pages/s, extract+langid %.1f"
              + " pages/s%n",
          r + 1,
          rate(pages.size(), roundFloor),
          rate(pages.size(), roundExtract),
          rate(pages.size(), roundExtract + roundLang));
      if (r > 0 || rounds == 1) {
        floorNanos += roundFloor;
        extractNanos += roundExtract;
        langNanos += roundLang;
      }
    }
    int counted = pages.size() * Math.max(1, rounds - 1);
    double bestFloor = rate(counted, floorNanos);
    double bestOurs = rate(counted, extractNanos + langNanos);
    System.out.printf(
        Locale.ROOT, "pages: %d (segments with %d, without %d)%n", pages.size(), tp + fn, fp + tn);
    System.out.printf(
        Locale.ROOT,
        "precision %.4f  recall %.4f  F1 %.4f  accuracy %.4f%n",
        precision,
        recall,
        f1,
        accuracy);
    System.out.printf(
        Locale.ROOT,
        "speed (rounds 2..%d, one thread, interleaved): jsoup.parse %.1f pages/s,"
            + " extract+langid %.1f pages/s, ratio %.2f (langid %.0f%% of our time)%n",
        rounds,
        bestFloor,
        bestOurs,
        bestOurs / bestFloor,
        100.0 * langNanos / (extractNanos + langNanos));
    if (sink == 42) {
      System.out.println();
    }
  }

  private static double rate(int pages, long nanos) {
    return pages / (nanos / 1e9);
  }

  static RawRecord record(Page p) {
    Provenance prov =
        new Provenance(null, p.file(), 0, 0, p.file(), null, p.url(), null, 200, "text/html", null);
    return new RawRecord("response", prov, Map.of(), null, p.html(), List.of(), null, null);
  }

  static List<Page> load(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String file = e.getValue().get("file").asText();
      byte[] html;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(file + ".gz")))) {
        html = in.readAllBytes();
      }
      pages.add(
          new Page(
              e.getKey(),
              file,
              html,
              texts(e.getValue().get("with")),
              texts(e.getValue().get("without"))));
    }
    return pages;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
