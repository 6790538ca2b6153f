package org.crawlsieve.bench.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepFactory;
import org.crawlsieve.dedup.DedupSigner;
import org.crawlsieve.extract.CharsetSniffer;
import org.crawlsieve.extract.DocumentExtractor;
import org.crawlsieve.warc.RawRecord;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per page of each hot per-record step with the default config, on real pages. Every benchmark
 * call handles the next page of the set (cycling), so the score is the mean time per page over the
 * set. Each step gets the document exactly as the pipeline would hand it over (the output of the
 * steps before it). {@code jsoupParse} is the floor the extraction is measured against.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class StepBenchmarks {
  private List<RawRecord> raws;
  private DocumentExtractor extractor;
  private final List<Step> language = new ArrayList<>();
  private final List<Step> consent = new ArrayList<>();
  private final List<Step> pii = new ArrayList<>();
  private final List<Step> quality = new ArrayList<>();

  /** The quality stage's token counting tagger alone (also part of {@link #quality}). */
  private Step tokenCount;

  private DedupSigner minhash;

  /** Input document of each stage, per page. */
  private Document[] toLanguage;

  private Document[] toConsent;
  private Document[] toPii;
  private Document[] toQuality;
  private Document[] toMinhash;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    CrawlsieveConfig config = CrawlsieveConfig.defaults();
    raws = BenchPages.load(Integer.getInteger("bench.stride", 5));
    extractor = new DocumentExtractor(config.extract());
    for (Step s : StepFactory.perRecordSteps(config)) {
      String stage =
          s.name().contains(".") ? s.name().substring(0, s.name().indexOf('.')) : s.name();
      switch (stage) {
        case Stages.LANGUAGE -> language.add(s);
        case Stages.CONSENT -> consent.add(s);
        case Stages.PII -> pii.add(s);
        default -> quality.add(s);
      }
      if (s.name().equals("quality.token_count")) {
        tokenCount = s;
      }
    }
    minhash = new DedupSigner(config.dedup());
    int n = raws.size();
    toLanguage = new Document[n];
    toConsent = new Document[n];
    toPii = new Document[n];
    toQuality = new Document[n];
    toMinhash = new Document[n];
    for (int i = 0; i < n; i++) {
      Document d = extractor.extract(raws.get(i)).document();
      toLanguage[i] = d;
      d = chain(language, d);
      toConsent[i] = d;
      d = chain(consent, d);
      toPii[i] = d;
      d = chain(pii, d);
      toQuality[i] = d;
      toMinhash[i] = chain(quality, d);
    }
  }

  /** Runs every step in turn, whatever each decides, so later steps see realistic input. */
  private static Document chain(List<Step> steps, Document d) {
    for (Step s : steps) {
      d = s.apply(d).document();
    }
    return d;
  }

  private int page() {
    int i = next;
    next = i + 1 == raws.size() ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public Object jsoupParse() {
    RawRecord r = raws.get(page());
    return Jsoup.parse(new String(r.payload(), StandardCharsets.UTF_8), "");
  }

  @Benchmark
  public Object charsetAndJsoupParse() {
    RawRecord r = raws.get(page());
    return Jsoup.parse(CharsetSniffer.decode(r.payload(), null), "");
  }

  @Benchmark
  public Object extract() {
    return extractor.extract(raws.get(page()));
  }

  @Benchmark
  public Object language() {
    return chain(language, toLanguage[page()]);
  }

  @Benchmark
  public Object consent() {
    return chain(consent, toConsent[page()]);
  }

  @Benchmark
  public Object pii() {
    return chain(pii, toPii[page()]);
  }

  @Benchmark
  public Object quality() {
    return chain(quality, toQuality[page()]);
  }

  @Benchmark
  public Object tokenCount() {
    return tokenCount.apply(toQuality[page()]);
  }

  @Benchmark
  public Object minhash() {
    return minhash.sign(toMinhash[page()].text());
  }
}
