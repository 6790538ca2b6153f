package org.crawlsieve.jobs.dedup;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.crawlsieve.config.ConfigLoader;
import org.crawlsieve.dedup.DedupConfig;
import org.crawlsieve.dedup.DedupSignature;
import org.crawlsieve.dedup.DedupSigner;
import org.crawlsieve.dedup.Jaccard;
import scala.collection.immutable.ArraySeq;

/**
 * Benchmark of the dedup stage (run by {@code scripts/bench-dedup.sh}): generates a {@link
 * SyntheticCorpus} of about N documents on Spark, signs it, runs {@link Deduplicator}, and scores
 * the result on a sample of whole families against exact Jaccard computed by brute force over every
 * pair of the sample. A predicted pair is two sample documents given the same kept document (same
 * cluster); a true pair has exact Jaccard >= 0.8 over the same word 5-gram shingles. Documents get
 * random quality scores (see {@link #quality}); intermediate results go to a Parquet scratch folder
 * as in the run job; the Spark jobs of each dedup phase are counted and timed.
 *
 * <p>Arguments: {@code N [sampleFamilies=1000] [master=local[2]] [config.yaml]}; system property
 * {@code bench.quality=none} leaves quality scores out.
 */
public final class DedupBench {
  private DedupBench() {}

  public static void main(String[] args) throws IOException {
    long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000;
    int sampleFamilies = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    String master = args.length > 2 ? args[2] : "local[2]";
    long families = Math.max(1, Math.round(n / SyntheticCorpus.meanFamilySize()));
    SyntheticCorpus corpus = new SyntheticCorpus(2024);
    DedupConfig config =
        args.length > 3 ? ConfigLoader.load(Path.of(args[3])).dedup() : DedupConfig.defaults();

    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("dedup-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", Long.toString(Math.max(4, n / 50_000)))
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    // intermediate results go to a scratch folder, as in the run job (DedupStage)
    Path scratch = Files.createTempDirectory("dedup-bench-scratch");
    int genPartitions = (int) Math.max(2, families / 25_000);

    JobProfile profile = new JobProfile();
    spark.sparkContext().addSparkListener(profile);

    boolean withQuality = !"none".equals(System.getProperty("bench.quality"));
    long t0 = System.nanoTime();
    Dataset<Row> candidates =
        spark
            .range(0, families, 1, genPartitions)
            .mapPartitions(
                sign(corpus, config, withQuality), Encoders.row(Deduplicator.CANDIDATE_SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long docs = candidates.count();
    long t1 = System.nanoTime();

    Dataset<Row> result = new Deduplicator(scratch.toString()).apply(spark, candidates, config);
    Map<String, Long> reasons = new HashMap<>();
    for (Row r : result.groupBy("dedup_reason").count().collectAsList()) {
      reasons.put(String.valueOf(r.getString(0)), r.getLong(1));
    }
    long t2 = System.nanoTime();
    String jobs = profile.summary();

    String limit = SyntheticCorpus.familyPrefix(Math.min(sampleFamilies, families));
    Map<String, String> cluster = new HashMap<>();
    for (Row r : result.where(col("id").lt(limit)).collectAsList()) {
      cluster.put(r.getString(0), r.getString(2) == null ? r.getString(0) : r.getString(2));
    }
    spark.stop();
    deleteTree(scratch);

    Score s = score(corpus, config, Math.min(sampleFamilies, families), cluster);
    System.out.printf(
        Locale.ROOT,
        "dedup-bench docs=%d families=%d master=%s verify=%s threshold=%.2f near_rounds=%d"
            + " quality=%s%n"
            + "  generate+sign %.1f s, dedup %.1f s (%.1f us/doc), total %.1f s%n"
            + "  decisions %s%n"
            + "  sample %d docs, %d true pairs (J>=0.8), %d predicted pairs%n"
            + "  pairs: precision %.4f recall %.4f f1 %.4f%n"
            + "  documents: precision %.4f recall %.4f%n"
            + "  drops: %d/%d within 0.8 of the document kept for them (%.4f)%n"
            + "  true pairs left with both documents kept: %d/%d (%.4f removed)%n"
            + "  peak heap %.0f MiB%n"
            + "  Spark jobs by description (count, seconds):%n%s",
        docs,
        families,
        master,
        config.verify(),
        config.verifyThreshold(),
        config.nearRounds(),
        withQuality ? "random" : "none",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t2 - t1) / 1e3 / docs,
        (t2 - t0) / 1e9,
        reasons,
        s.docs(),
        s.truePairs(),
        s.predicted(),
        s.precision(),
        s.recall(),
        2 * s.precision() * s.recall() / (s.precision() + s.recall()),
        s.docPrecision(),
        s.docRecall(),
        s.justifiedDrops(),
        s.drops(),
        s.drops() == 0 ? 1.0 : (double) s.justifiedDrops() / s.drops(),
        s.bothKept(),
        s.truePairs(),
        s.truePairs() == 0 ? 1.0 : 1.0 - (double) s.bothKept() / s.truePairs(),
        peakHeapMiB(),
        jobs);
  }

  /**
   * A quality score in [0, 1) drawn from the id, so that the kept document of a family is any of
   * its members (as with real quality scores), not always the base text that every copy was made
   * from; -Dbench.quality=none leaves scores out (the smallest id, the base, is then always kept).
   */
  static double quality(String id) {
    return new SplittableRandom(id.hashCode() * 0x9E3779B97F4A7C15L).nextDouble();
  }

  private static MapPartitionsFunction<Long, Row> sign(
      SyntheticCorpus corpus, DedupConfig config, boolean withQuality) {
    return ids ->
        new Iterator<Row>() {
          // streams family by family: a partition is never buffered whole
          private final DedupSigner signer = new DedupSigner(config);
          private Iterator<SyntheticCorpus.Doc> family = List.<SyntheticCorpus.Doc>of().iterator();

          @Override
          public boolean hasNext() {
            while (!family.hasNext() && ids.hasNext()) {
              family = corpus.family(ids.next()).iterator();
            }
            return family.hasNext();
          }

          @Override
          public Row next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException();
            }
            SyntheticCorpus.Doc d = family.next();
            DedupSignature s = signer.sign(d.text());
            // a Row encoder takes arrays as Scala sequences
            Object minhash = ArraySeq.unsafeWrapArray(s.minhash());
            return RowFactory.create(
                d.id(), null, null, s.textHash(), minhash, withQuality ? quality(d.id()) : null);
          }
        };
  }

  /**
   * Scores on the sample. Pairs: all pairs of sample documents; a pair is predicted when both
   * documents have the same kept document, true when its exact Jaccard is >= 0.8. Documents: a
   * document is a true duplicate when some other sample document is within Jaccard 0.8 of it, a
   * predicted one when its cluster holds another sample document. Drops: a dropped document whose
   * kept document is within Jaccard 0.8 of it is a directly justified drop.
   */
  record Score(
      int docs,
      long truePairs,
      long predicted,
      long hits,
      long trueDocs,
      long predictedDocs,
      long docHits,
      long drops,
      long justifiedDrops,
      long bothKept) {
    double precision() {
      return predicted == 0 ? 1.0 : (double) hits / predicted;
    }

    double recall() {
      return truePairs == 0 ? 1.0 : (double) hits / truePairs;
    }

    double docPrecision() {
      return predictedDocs == 0 ? 1.0 : (double) docHits / predictedDocs;
    }

    double docRecall() {
      return trueDocs == 0 ? 1.0 : (double) docHits / trueDocs;
    }
  }

  private static Score score(
      SyntheticCorpus corpus, DedupConfig config, long families, Map<String, String> cluster) {
    DedupSigner signer = new DedupSigner(config);
    List<String> ids = new ArrayList<>();
    List<long[]> sets = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (long f = 0; f < families; f++) {
      for (SyntheticCorpus.Doc d : corpus.family(f)) {
        index.put(d.id(), ids.size());
        ids.add(d.id());
        sets.add(signer.shingleSet(d.text()));
      }
    }
    int n = ids.size();
    boolean[] trueDup = new boolean[n];
    boolean[] predDup = new boolean[n];
    long truePairs = 0;
    long predicted = 0;
    long hits = 0;
    long bothKept = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean same = cluster.get(ids.get(i)).equals(cluster.get(ids.get(j)));
        boolean dup = Jaccard.exact(sets.get(i), sets.get(j)) >= 0.8;
        truePairs += dup ? 1 : 0;
        predicted += same ? 1 : 0;
        hits += dup && same ? 1 : 0;
        bothKept +=
            dup
                    && cluster.get(ids.get(i)).equals(ids.get(i))
                    && cluster.get(ids.get(j)).equals(ids.get(j))
                ? 1
                : 0;
        trueDup[i] |= dup;
        trueDup[j] |= dup;
        predDup[i] |= same;
        predDup[j] |= same;
      }
    }
    long trueDocs = 0;
    long predDocs = 0;
    long docHits = 0;
    long drops = 0;
    long justified = 0;
    for (int i = 0; i < n; i++) {
      trueDocs += trueDup[i] ? 1 : 0;
      predDocs += predDup[i] ? 1 : 0;
      docHits += trueDup[i] && predDup[i] ? 1 : 0;
      Integer kept = index.get(cluster.get(ids.get(i)));
      if (kept != null && kept != i) {
        drops++;
        justified += Jaccard.exact(sets.get(i), sets.get(kept)) >= 0.8 ? 1 : 0;
      }
    }
    return new Score(
        n, truePairs, predicted, hits, trueDocs, predDocs, docHits, drops, justified, bothKept);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static double peakHeapMiB() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum / (1024.0 * 1024.0);
  }
}
