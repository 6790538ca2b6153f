package org.crawlsieve.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.config.Checks;
import org.crawlsieve.config.ConfigException;

/**
 * Settings of the dedup stage: URL, exact (normalised-text hash) and MinHash near-duplicates.
 *
 * @param enabled run the stage at all
 * @param url drop older captures of the same URL ({@code dedup.url})
 * @param exact drop documents whose normalised text is identical to a kept one ({@code
 *     dedup.exact})
 * @param near drop MinHash near-duplicates ({@code dedup.near})
 * @param shingleSize words per shingle (word n-grams over the normalised text)
 * @param bands LSH bands; {@code bands * rows} MinHash values are computed per document
 * @param rows MinHash values per band
 * @param seed seed of the hash family; signatures are only comparable under the same seed (and
 *     shingle size, bands, rows), so incremental runs must keep it
 * @param maxTextChars only this many leading characters of a text are signed
 * @param verify check each LSH candidate pair before linking it: {@code none} or {@code estimated}
 *     (share of equal MinHash values)
 * @param verifyThreshold minimum estimated Jaccard similarity of a verified pair
 * @param keepRule which document of a duplicate group is kept: criteria applied in order, from
 *     {@code highest_quality}, {@code lowest_quality}, {@code newest}, {@code oldest}; the smallest
 *     id always breaks the last tie. A missing score or date ranks last.
 * @param incrementalSignatures Parquet folders of signatures of earlier runs ({@code id, url,
 *     warc_date, text_hash, minhash}); documents duplicating them are dropped
 * @param maxIterations bound on the connected-components rounds
 * @param nearRounds with {@code verify: estimated}, how many times near-duplicate clusters are
 *     formed: in each round the connected components of the candidate graph are found, the
 *     best-ranked member of each is kept, and only members whose signature agrees with the kept
 *     document's on at least {@code verifyThreshold} of their values are dropped; the others are
 *     clustered again among themselves in the next round, and kept after the last one. 1 checks
 *     against the keeper once and keeps every rejected member
 */
public record DedupConfig(
    Boolean enabled,
    Boolean url,
    Boolean exact,
    Boolean near,
    Integer shingleSize,
    Integer bands,
    Integer rows,
    Long seed,
    Integer maxTextChars,
    String verify,
    Double verifyThreshold,
    List<String> keepRule,
    List<String> incrementalSignatures,
    Integer maxIterations,
    Integer nearRounds)
    implements Serializable {

  public static final String VERIFY_NONE = "none";
  public static final String VERIFY_ESTIMATED = "estimated";

  public static final String KEEP_HIGHEST_QUALITY = "highest_quality";
  public static final String KEEP_LOWEST_QUALITY = "lowest_quality";
  public static final String KEEP_NEWEST = "newest";
  public static final String KEEP_OLDEST = "oldest";

  public DedupConfig {
    enabled = enabled == null ? Boolean.TRUE : enabled;
    url = url == null ? Boolean.TRUE : url;
    exact = exact == null ? Boolean.TRUE : exact;
    near = near == null ? Boolean.TRUE : near;
    shingleSize = shingleSize == null ? 5 : shingleSize;
    bands = bands == null ? 14 : bands;
    rows = rows == null ? 8 : rows;
    seed = seed == null ? 0x5EEDL : seed;
    maxTextChars = maxTextChars == null ? 1_000_000 : maxTextChars;
    verify = verify == null ? VERIFY_ESTIMATED : verify;
    // 0.82, not 0.8, to drop pairs of true Jaccard >= 0.8: an estimate from 112 values is off by
    // about 0.04 near 0.8, and at 0.8 too many pairs just below it pass (measured: docs/dedup.md)
    verifyThreshold = verifyThreshold == null ? 0.82 : verifyThreshold;
    keepRule =
        keepRule == null ? List.of(KEEP_HIGHEST_QUALITY, KEEP_NEWEST) : List.copyOf(keepRule);
    incrementalSignatures =
        incrementalSignatures == null ? List.of() : List.copyOf(incrementalSignatures);
    maxIterations = maxIterations == null ? 100 : maxIterations;
    nearRounds = nearRounds == null ? 2 : nearRounds;

    Checks.positive("dedup.shingle_size", shingleSize);
    Checks.positive("dedup.bands", bands);
    Checks.positive("dedup.rows", rows);
    if ((long) bands * rows > 4096) {
      throw new ConfigException("dedup.bands * dedup.rows must be <= 4096, got " + bands * rows);
    }
    Checks.positive("dedup.max_text_chars", maxTextChars);
    Checks.oneOf("dedup.verify", verify, VERIFY_NONE, VERIFY_ESTIMATED);
    Checks.fraction("dedup.verify_threshold", verifyThreshold);
    Checks.positive("dedup.max_iterations", maxIterations);
    Checks.positive("dedup.near_rounds", nearRounds);
    List<String> seen = new ArrayList<>();
    for (String k : keepRule) {
      Checks.oneOf(
          "dedup.keep_rule",
          k,
          KEEP_HIGHEST_QUALITY,
          KEEP_LOWEST_QUALITY,
          KEEP_NEWEST,
          KEEP_OLDEST);
      String field = k.equals(KEEP_NEWEST) || k.equals(KEEP_OLDEST) ? "date" : "quality";
      if (seen.contains(field)) {
        throw new ConfigException("dedup.keep_rule: " + field + " is ranked twice in " + keepRule);
      }
      seen.add(field);
    }
  }

  public static DedupConfig defaults() {
    return new DedupConfig(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** MinHash values per document: {@code bands * rows}. */
  public int hashes() {
    return bands * rows;
  }
}
