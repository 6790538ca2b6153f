package org.crawlsieve.extract;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** For each "FP file segment" line on stdin: the class/id chain of the element holding it. */
public final class FpWhere {
  private FpWhere() {}

  public static void main(String[] args) throws Exception {
    var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t");
      byte[] html;
      try (InputStream s =
          new GZIPInputStream(Files.newInputStream(Path.of(args[0], f[1] + ".gz")))) {
        html = s.readAllBytes();
      }
      var cs = CharsetSniffer.sniff(html, null);
      var doc = Jsoup.parse(new String(html, cs.skip(), html.length - cs.skip(), cs.charset()), "");
      Element best = null;
      for (Element e : doc.body().getAllElements()) {
        if (e.text().contains(f[2].strip())) {
          best = e;
        }
      }
      StringBuilder chain = new StringBuilder();
      for (Element e = best; e != null && chain.length() < 400; e = e.parent()) {
        if (!e.className().isEmpty()
            || !e.id().isEmpty()
            || e.normalName().matches("article|main|section|header|footer")) {
          chain
              .append(e.normalName())
              .append('#')
              .append(e.id())
              .append('.')
              .append(e.className().replace(' ', '.'))
              .append(" < ");
        }
      }
      System.out.println(
          f[1] + " | " + f[2] + " | " + (best == null ? "?" : best.normalName()) + " | " + chain);
    }
  }
}
