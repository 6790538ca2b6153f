package org.crawlsieve.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Diagnostic (not a test): for each error line of {@code ExtractBench --errors} ("FP|FN \t file \t
 * segment"), where the segment lives in the DOM and why the extractor kept or lost it: inside or
 * outside the main element, the skipped ancestor and its reason, the class/id chain, the link
 * density of its block. Ends with counts per category and per class/id word, so recurring classes
 * of errors show up. With the TP and TN lines too ({@code ExtractBench --errors FILE --all}), the
 * per-word table shows what a class-word rule would cost in recall beside what it gains in
 * precision. Also counts segments by the main element's share of the page's text. Usage: {@code
 * ErrorContext html-dir errors.tsv [--lines]}; {@code -Dmin=N} sets the table's cut-off.
 */
public final class ErrorContext {
  private ErrorContext() {}

  public static void main(String[] args) throws Exception {
    Path htmlDir = Path.of(args[0]);
    boolean lines = args.length > 2 && args[2].equals("--lines");
    Map<String, List<String[]>> byFile = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      String[] f = line.split("\t", 3);
      if (f.length == 3) {
        byFile.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, Integer> categories = new TreeMap<>();
    Map<String, int[]> words = new HashMap<>();
    List<String> kinds = List.of("TP", "FP", "FN", "TN");
    for (Map.Entry<String, List<String[]>> entry : byFile.entrySet()) {
      byte[] html;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(htmlDir.resolve(entry.getKey() + ".gz")))) {
        html = in.readAllBytes();
      }
      Document doc = Jsoup.parse(CharsetSniffer.decode(html, null), "http://example.com/");
      ScoredPage page = ContentScorer.score(doc.body(), true);
      List<Element> mains = MainContentFinder.find(page);
      TextWriter writer = new TextWriter(page, 1_000_000, true);
      mains.forEach(writer::write);
      String mainText = writer.text();
      boolean fallback = mainText.length() < HtmlExtractor.MIN_MAIN_CHARS;
      Map<Element, String> texts = new IdentityHashMap<>();
      List<Element> all = doc.body().getAllElements();
      for (Element e : all) {
        texts.put(e, e.text());
      }
      NodeStats bodyStats = page.stats(doc.body());
      NodeStats mainStats = page.stats(mains.get(mains.size() - 1));
      double share =
          bodyStats == null || mainStats == null || bodyStats.chars == 0
              ? 1
              : mainStats.chars / (double) bodyStats.chars;
      String shareBucket = "share=" + Math.min(9, (int) (share * 10));
      for (String[] err : entry.getValue()) {
        categories.merge(shareBucket + " " + err[0], 1, Integer::sum);
        String seg = err[2].strip();
        Element at = null;
        Element main = mains.get(mains.size() - 1);
        for (int i = all.size() - 1; i >= 0; i--) {
          if (texts.get(all.get(i)).contains(seg)) {
            at = all.get(i);
            break;
          }
        }
        for (Element m : mains) {
          if (at != null && (at == m || at.parents().contains(m))) {
            main = m;
          }
        }
        String where = category(page, main, at, fallback);
        String cat = err[0] + " " + where;
        categories.merge(cat, 1, Integer::sum);
        String group = where.replaceFirst("^fallback/", "").replaceFirst(":.*", "");
        Element top = group.equals("inside") ? main : null;
        if (group.equals("skipped")) {
          at = skippedAncestor(page, at);
          top = at.parent();
        }
        for (String w : chainWords(at, top)) {
          words.computeIfAbsent(group + " " + w, k -> new int[4])[kinds.indexOf(err[0])]++;
        }
        if (lines && (err[0].equals("FP") || err[0].equals("FN"))) {
          System.out.printf(
              Locale.ROOT, "%s | %s | %.60s | %s%n", cat, entry.getKey(), seg, chain(at, main));
        }
      }
    }
    System.out.println("== categories");
    categories.forEach((k, v) -> System.out.println(v + "\t" + k));
    System.out.println("== class/id words between segment and main (or body): TP FP FN TN");
    words.entrySet().stream()
        .filter(e -> e.getValue()[1] + e.getValue()[2] >= Integer.getInteger("min", 3))
        .sorted((a, b) -> b.getValue()[1] + b.getValue()[2] - a.getValue()[1] - a.getValue()[2])
        .forEach(
            e -> {
              int[] c = e.getValue();
              System.out.printf(
                  Locale.ROOT, "%5d %5d %5d %5d  %s%n", c[0], c[1], c[2], c[3], e.getKey());
            });
  }

  private static String category(ScoredPage page, Element main, Element at, boolean fallback) {
    if (at == null) {
      return "not-found";
    }
    String prefix = fallback ? "fallback/" : "";
    for (Element e = at; e != null; e = e.parent()) {
      if (page.skipped.contains(e)) {
        BoilerplateRules.Reason r = BoilerplateRules.skip(e, false);
        return prefix + "skipped:" + (r == null ? "header-in-article" : r) + ":" + e.normalName();
      }
    }
    boolean inside = at == main || at.parents().contains(main);
    if (!inside) {
      if (main.parents().contains(at)) {
        return prefix + "contains-main";
      }
      return prefix + "outside-main:" + (before(at, main) ? "before" : "after");
    }
    for (Element e = at; e != main && e != null; e = e.parent()) {
      NodeStats s = page.stats(e);
      if (s != null && s.block && s.links >= 1 && s.linkDensity() > 0.5) {
        return prefix + "inside:linklist";
      }
    }
    NodeStats s = page.stats(at);
    double ld = s == null ? -1 : s.linkDensity();
    return prefix + "inside:" + (ld > 0.3 ? "linky" : at.normalName());
  }

  private static Element skippedAncestor(ScoredPage page, Element at) {
    for (Element e = at; e != null; e = e.parent()) {
      if (page.skipped.contains(e)) {
        return e;
      }
    }
    return at;
  }

  private static boolean before(Element a, Element b) {
    // document order via the sibling index of the first differing ancestors
    List<Element> pa = new ArrayList<>(a.parents());
    List<Element> pb = new ArrayList<>(b.parents());
    java.util.Collections.reverse(pa);
    java.util.Collections.reverse(pb);
    pa.add(a);
    pb.add(b);
    for (int i = 0; i < Math.min(pa.size(), pb.size()); i++) {
      if (pa.get(i) != pb.get(i)) {
        return pa.get(i).elementSiblingIndex() < pb.get(i).elementSiblingIndex();
      }
    }
    return pa.size() < pb.size();
  }

  private static List<String> chainWords(Element at, Element main) {
    List<String> out = new ArrayList<>();
    for (Element e = at; e != null && e != main; e = e.parent()) {
      for (String w : (e.className() + " " + e.id()).split("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])")) {
        if (w.length() > 2) {
          String lw = w.toLowerCase(Locale.ROOT);
          if (!out.contains(lw)) {
            out.add(lw);
          }
        }
      }
      if (!out.contains("<" + e.normalName() + ">")) {
        out.add("<" + e.normalName() + ">");
      }
    }
    return out;
  }

  private static String chain(Element at, Element main) {
    StringBuilder sb = new StringBuilder();
    for (Element e = at; e != null && sb.length() < 300; e = e.parent()) {
      sb.append(e.normalName());
      if (!e.id().isEmpty()) {
        sb.append('#').append(e.id());
      }
      if (!e.className().isEmpty()) {
        sb.append('.').append(e.className().replace(' ', '.'));
      }
      if (e == main) {
        sb.append("[MAIN]");
        break;
      }
      sb.append(" < ");
    }
    return sb.toString();
  }
}
