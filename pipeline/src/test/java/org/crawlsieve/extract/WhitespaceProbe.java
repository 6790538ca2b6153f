package org.crawlsieve.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.testing.SharedPages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * CPU ms per page of appending every body text node of the shared pages with {@link
 * Whitespace#appendCollapsed} and tidying the result, against {@link WhitespaceOracle}, alternated
 * in one JVM (thread CPU clock). Not a test: {@code java … WhitespaceProbe HTML_DIR [passes]}.
 */
final class WhitespaceProbe {
  private WhitespaceProbe() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    List<List<String>> pages = new ArrayList<>();
    for (Path f : SharedPages.files(Path.of(args[0]))) {
      List<String> nodes = new ArrayList<>();
      String html = new String(SharedPages.html(f), StandardCharsets.UTF_8);
      NodeTraversor.traverse(
          (n, d) -> {
            if (n instanceof TextNode t) {
              nodes.add(t.getWholeText());
            }
          },
          Jsoup.parse(html).body());
      pages.add(nodes);
    }
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    long sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      for (int turn = 0; turn < 2; turn++) {
        boolean old = (pass + turn) % 2 == 0;
        long t0 = mx.getCurrentThreadCpuTime();
        for (List<String> nodes : pages) {
          StringBuilder sb = new StringBuilder();
          char[] scratch = new char[256];
          for (String s : nodes) {
            if (old) {
              WhitespaceOracle.appendCollapsed(sb, s);
            } else {
              scratch = Whitespace.appendCollapsed(sb, s, scratch);
            }
            sb.append('\n');
          }
          sink += (old ? WhitespaceOracle.tidyLines(sb) : Whitespace.tidyLines(sb)).length();
        }
        double ms = (mx.getCurrentThreadCpuTime() - t0) / 1e6 / pages.size();
        if (pass >= passes * 2 / 3) {
          System.out.printf("pass=%d %s %.4f CPU ms/page%n", pass, old ? "old" : "new", ms);
        }
      }
    }
    System.out.println("pages=" + pages.size() + " sink=" + sink);
  }
}
