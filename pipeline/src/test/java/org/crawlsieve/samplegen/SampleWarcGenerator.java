package org.crawlsieve.samplegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Generates the committed {@code sample-warc/} folder: three Common Crawl style WARC files, the
 * robots.txt WARCs of the crawl and of a later one, path listings and {@code expected.json}.
 * Deterministic: the same program writes the same bytes. Run with {@code make sample}.
 */
public final class SampleWarcGenerator {
  private SampleWarcGenerator() {}

  static final String ROBOTS_DIR = "robotstxt";
  static final String ROBOTS_LATER_DIR = "robotstxt-later";

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "sample-warc");
    List<Path> written = generate(out);
    System.out.println("wrote " + written.size() + " files to " + out.toAbsolutePath());
  }

  static String warcName(int i) {
    return CapturePlan.CRAWL + "-sample-" + String.format("%05d", i) + ".warc.gz";
  }

  static String robotsName(String crawl) {
    return crawl + "-robotstxt-00000.warc.gz";
  }

  /** Writes every generated file under {@code out}; returns them relative to {@code out}. */
  public static List<Path> generate(Path out) throws IOException {
    Files.createDirectories(out.resolve(ROBOTS_DIR));
    Files.createDirectories(out.resolve(ROBOTS_LATER_DIR));
    List<Path> written = new ArrayList<>();
    CapturePlan plan = CapturePlan.build();
    RobotsPlan robots = RobotsPlan.current();
    robots.finish(CapturePlan.CRAWL, CapturePlan.CRAWL_START, CapturePlan.SEED);
    RobotsPlan later = RobotsPlan.later(robots);
    later.finish(RobotsPlan.LATER_CRAWL, RobotsPlan.LATER_START, CapturePlan.SEED);
    RobotsAccess.annotate(plan.captures, robots, "");
    RobotsAccess.annotate(plan.captures, later, "_later");

    Map<String, Object> files = new LinkedHashMap<>();
    Map<String, Long> totals = new TreeMap<>();
    List<Map<String, Object>> records = new ArrayList<>();
    List<Map<String, Object>> revisits = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < CapturePlan.FILES; i++) {
      String name = warcName(i);
      names.add(name);
      final int file = i;
      List<Object> items = new ArrayList<>();
      plan.captures.stream().filter(c -> c.file == file).forEach(items::add);
      plan.revisits.stream().filter(v -> v.file() == file).forEach(items::add);
      items.sort(Comparator.comparing(SampleWarcGenerator::dateOf));
      Instant infoDate = dateOf(items.get(0)).minusSeconds(120);
      try (WarcOut w =
          new WarcOut(out.resolve(name), name, infoDate, warcinfo(name), CapturePlan.SEED)) {
        for (Object item : items) {
          if (item instanceof Capture c) {
            w.write(c);
          } else {
            w.write((Revisit) item);
          }
        }
        files.put(name, countsOf(w.counts));
        w.counts.forEach((k, v) -> totals.merge(k, v, Long::sum));
      }
      written.add(Path.of(name));
      for (Object item : items) {
        if (item instanceof Capture c) {
          records.add(ExpectedJson.record(c, name));
        } else {
          Revisit v = (Revisit) item;
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("record_id", v.recordId());
          m.put("url", v.original().url);
          m.put("file", name);
          m.put("date", v.date().toString());
          m.put("profile", v.notModified() ? "server-not-modified" : "identical-payload-digest");
          m.put("refers_to", v.original().recordId);
          revisits.add(m);
        }
      }
    }

    String robotsFile = ROBOTS_DIR + "/" + robotsName(CapturePlan.CRAWL);
    Map<String, Object> robotsJson = writeRobots(out, robotsFile, CapturePlan.CRAWL, robots);
    written.add(Path.of(robotsFile));
    String laterFile = ROBOTS_LATER_DIR + "/" + robotsName(RobotsPlan.LATER_CRAWL);
    Map<String, Object> laterJson = writeRobots(out, laterFile, RobotsPlan.LATER_CRAWL, later);
    written.add(Path.of(laterFile));

    written.addAll(writePaths(out, "warc.paths", names));
    written.addAll(writePaths(out, "robotstxt.paths", List.of(robotsFile)));
    written.addAll(writePaths(out, "robotstxt-later.paths", List.of(laterFile)));

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("generator", SampleWarcGenerator.class.getName());
    root.put("seed", CapturePlan.SEED);
    root.put("crawl", CapturePlan.CRAWL);
    root.put("files", files);
    root.put("totals", countsOf(totals));
    root.put("summary", summary(plan));
    root.put("records", records);
    root.put("revisits", revisits);
    root.put("hosts", hosts(plan, robots));
    root.put("robots", robotsJson);
    root.put("robots_later", laterJson);
    ExpectedJson.write(out.resolve("expected.json"), root);
    written.add(Path.of("expected.json"));
    return written;
  }

  private static Instant dateOf(Object item) {
    return item instanceof Capture c ? c.date : ((Revisit) item).date();
  }

  private static Map<String, String> warcinfo(String name) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("isPartOf", CapturePlan.CRAWL);
    m.put("publisher", "Common Crawl");
    m.put("description", "Wide crawl of the web for February 2026 (crawlsieve synthetic sample)");
    m.put("operator", "crawlsieve sample generator");
    m.put("hostname", "sample-crawler-" + name.charAt(name.length() - 9));
    m.put("software", "crawlsieve SampleWarcGenerator (jwarc)");
    m.put(
        "robots",
        "checked via crawler-commons (https://github.com/crawler-commons/crawler-commons)");
    m.put("format", "WARC File Format 1.0");
    m.put(
        "conformsTo",
        "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/");
    return m;
  }

  private static Map<String, Object> countsOf(Map<String, Long> counts) {
    Map<String, Object> m = new LinkedHashMap<>();
    long total = 0;
    for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
      m.put(e.getKey(), e.getValue());
      total += e.getValue();
    }
    m.put("total", total);
    return m;
  }

  private static List<Path> writePaths(Path out, String name, List<String> lines)
      throws IOException {
    String text = String.join("\n", lines) + "\n";
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    Files.write(out.resolve(name), bytes);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(bytes);
    }
    Files.write(out.resolve(name + ".gz"), gz.toByteArray());
    return List.of(Path.of(name), Path.of(name + ".gz"));
  }

  private static Map<String, Object> writeRobots(
      Path out, String file, String crawl, RobotsPlan plan) throws IOException {
    Instant first = plan.captures.get(0).date.minusSeconds(60);
    Map<String, String> info = warcinfo(file);
    info.put("isPartOf", crawl);
    info.put("description", "robots.txt captures of " + crawl + " (crawlsieve synthetic sample)");
    Map<String, Object> origins = new TreeMap<>();
    List<Map<String, Object>> hops = new ArrayList<>();
    Map<String, Long> counts;
    try (WarcOut w =
        new WarcOut(
            out.resolve(file),
            Path.of(file).getFileName().toString(),
            first,
            info,
            CapturePlan.SEED)) {
      for (RobotsCapture c : plan.captures) {
        StringBuilder head = new StringBuilder();
        head.append("HTTP/1.1 ")
            .append(c.status)
            .append(' ')
            .append(HttpBytes.reason(c.status))
            .append("\r\nDate: ")
            .append(HttpBytes.HTTP_DATE.format(c.date))
            .append("\r\n");
        if (c.location != null) {
          head.append("Location: ").append(c.location).append("\r\n");
        } else {
          head.append("Content-Type: ").append(c.contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(c.body.length).append("\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] response = new byte[h.length + c.body.length];
        System.arraycopy(h, 0, response, 0, h.length);
        System.arraycopy(c.body, 0, response, h.length, c.body.length);
        w.writePair(
            URI.create(c.url()),
            c.date,
            c.requestId,
            c.recordId,
            HttpBytes.request(c.host(), c.path(), null),
            response,
            c.body,
            WarcOut.ip(c.host()));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", c.url());
        m.put("host", c.host());
        m.put("record_id", c.recordId);
        m.put("date", c.date.toString());
        m.put("status", c.status);
        m.put("redirect_to", c.location);
        if (c.redirectHop) {
          hops.add(m);
          continue;
        }
        m.put("redirect_hops", c.hops);
        m.put("final_url", c.finalUrl);
        m.put("outcome", c.outcome);
        m.put("access", c.accessMap());
        m.put("content_signal", c.contentSignal);
        m.put("content_usage", c.contentUsage);
        m.put("license", c.license);
        m.put("changed", c.changed);
        m.put("note", c.note);
        origins.put(c.origin, m);
      }
      counts = w.counts;
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("crawl", crawl);
    root.put("file", file);
    root.put("counts", countsOf(counts));
    root.put("agents", RobotsCapture.AGENTS);
    root.put("origins", origins);
    root.put("redirect_targets", hops);
    return root;
  }

  private static List<Map<String, Object>> hosts(CapturePlan plan, RobotsPlan robots) {
    Map<String, Map<String, Object>> hosts = new TreeMap<>();
    for (Capture c : plan.captures) {
      Map<String, Object> h = hosts.computeIfAbsent(c.host(), k -> new LinkedHashMap<>());
      h.put("host", c.host());
      h.merge("responses", 1, (a, b) -> (Integer) a + (Integer) b);
      @SuppressWarnings("unchecked")
      TreeSet<String> langs =
          (TreeSet<String>) h.computeIfAbsent("languages", k -> new TreeSet<String>());
      if (c.language != null) {
        langs.add(c.language);
      }
      h.put("robots_origin", c.site.origin());
      h.put("robots_captured", robots.byOrigin(c.site.origin()) != null);
    }
    return new ArrayList<>(hosts.values());
  }

  private static Map<String, Object> summary(CapturePlan plan) {
    Map<String, Long> langs = new TreeMap<>();
    Map<String, Long> traits = new TreeMap<>();
    for (Capture c : plan.captures) {
      langs.merge(String.valueOf(c.language), 1L, Long::sum);
      for (String t : c.traits.keySet()) {
        traits.merge(t, 1L, Long::sum);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("responses", plan.captures.size());
    m.put("hosts", plan.captures.stream().map(Capture::host).distinct().count());
    m.put("languages", langs);
    m.put("records_with_trait", traits);
    return m;
  }
}
