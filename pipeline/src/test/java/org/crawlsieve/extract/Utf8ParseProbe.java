package org.crawlsieve.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crawlsieve.extract.bench.SharedData;
import org.crawlsieve.testing.SharedPages;
import org.jsoup.internal.SimpleStreamReader;

/**
 * Thread CPU time of the HTML path with Jsoup's stream decoder ({@link HtmlExtractor#parseStream})
 * and with {@link Utf8Reader} ({@link HtmlExtractor#parseUtf8}) in one JVM over the 990 shared
 * trafilatura pages, each page through both paths back to back (the order alternating by pass);
 * also the decoding alone, by pass. With {@code sweep} a 32 MB array is read between pages (not
 * timed), so every page starts with cold caches as in the pipeline.
 *
 * <p>Usage: {@code Utf8ParseProbe [warm-up passes] [alternations] [sweep]}.
 */
public final class Utf8ParseProbe {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static long sink;

  private Utf8ParseProbe() {}

  public static void main(String[] args) throws IOException {
    int warm = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int alternations = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    boolean sweep = args.length > 2 && args[2].equals("sweep");
    Path shared = SharedData.locate();
    if (shared == null) {
      System.out.println("no ../shared: nothing to measure");
      return;
    }
    List<byte[]> pages = new ArrayList<>();
    for (Path f : SharedPages.files(shared.resolve("data/extraction/trafilatura-eval/html"))) {
      pages.add(SharedPages.html(f));
    }
    long[] cold = sweep ? new long[4 << 20] : null;
    HtmlExtractor ex = new HtmlExtractor();
    int fast = 0;
    long fastBytes = 0;
    long allBytes = 0;
    for (byte[] p : pages) {
      CharsetSniffer.Decision cs = CharsetSniffer.sniff(p, null);
      allBytes += p.length;
      if (HtmlExtractor.parseUtf8(p, cs, "") != null) {
        fast++;
        fastBytes += p.length - cs.skip();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d pages, %d bytes; fast path: %d pages, %d bytes%n",
        pages.size(),
        allBytes,
        fast,
        fastBytes);
    for (int i = 0; i < warm; i++) {
      paired(pages, ex, i % 2 == 0, cold);
      decodePass(pages, i % 2 == 0);
    }
    for (int i = 0; i < alternations; i++) {
      boolean newFirst = i % 2 == 1;
      double[] ms = paired(pages, ex, newFirst, cold);
      double da = decodePass(pages, newFirst);
      double db = decodePass(pages, !newFirst);
      double oldDec = newFirst ? db : da;
      double newDec = newFirst ? da : db;
      System.out.printf(
          Locale.ROOT,
          "alt %d: sniff+parse+extract stream %.4f utf8 %.4f ms/page (%.3f, %+.4f);"
              + " decode only %.4f -> %.4f%n",
          i,
          ms[0],
          ms[1],
          ms[1] / ms[0],
          ms[1] - ms[0],
          oldDec,
          newDec);
    }
    System.out.println(sink == 42 ? "" : "done");
  }

  /**
   * Every page through both paths, one right after the other (which first alternates by pass), so
   * both see the same minutes of a shared machine: CPU ms / page of {stream, utf8}.
   */
  private static double[] paired(
      List<byte[]> pages, HtmlExtractor ex, boolean newFirst, long[] cold) {
    long[] cpu = new long[2];
    for (byte[] p : pages) {
      for (int k = 0; k < 2; k++) {
        boolean utf8 = (k == 0) == newFirst;
        cpu[utf8 ? 1 : 0] += once(p, ex, utf8, cold);
      }
    }
    return new double[] {cpu[0] / 1e6 / pages.size(), cpu[1] / 1e6 / pages.size()};
  }

  private static long once(byte[] p, HtmlExtractor ex, boolean utf8, long[] cold) {
    if (cold != null) {
      long s = 0;
      for (int i = 0; i < cold.length; i += 8) {
        s += cold[i]++;
      }
      sink += s;
    }
    long t0 = CPU.getCurrentThreadCpuTime();
    CharsetSniffer.Decision cs = CharsetSniffer.sniff(p, null);
    org.jsoup.nodes.Document doc = utf8 ? HtmlExtractor.parseUtf8(p, cs, "") : null;
    HtmlPage page = ex.extract(doc == null ? HtmlExtractor.parseStream(p, cs, "") : doc);
    long t = CPU.getCurrentThreadCpuTime() - t0;
    sink += page.text().length();
    return t;
  }

  /** Decoding alone, every UTF-8 page, through 2,048-char reads as Jsoup's CharacterReader does. */
  private static double decodePass(List<byte[]> pages, boolean utf8) throws IOException {
    char[] buf = new char[2048];
    long cpu = 0;
    for (byte[] p : pages) {
      CharsetSniffer.Decision cs = CharsetSniffer.sniff(p, null);
      if (!cs.charset().equals(StandardCharsets.UTF_8)) {
        continue;
      }
      int from = cs.skip();
      long t0 = CPU.getCurrentThreadCpuTime();
      try (Reader r =
          utf8
              ? new Utf8Reader(p, from, p.length)
              : new SimpleStreamReader(
                  new ByteArrayInputStream(p, from, p.length - from), StandardCharsets.UTF_8)) {
        int n;
        while ((n = r.read(buf, 0, buf.length)) > 0) {
          sink += buf[n - 1];
        }
      } catch (Utf8Reader.Malformed e) {
        sink++;
      }
      cpu += CPU.getCurrentThreadCpuTime() - t0;
    }
    return cpu / 1e6 / pages.size();
  }
}
