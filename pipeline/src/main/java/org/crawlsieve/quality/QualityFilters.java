package org.crawlsieve.quality;

import java.util.ArrayList;
import java.util.List;
import org.crawlsieve.core.Step;

/**
 * The registered quality filters and the builder of the stage's steps: {@code quality.length}, then
 * each configured filter in the configured order, then the {@code quality.score} and {@code
 * quality.token_count} taggers. Build once per partition; the steps share one word segmenter.
 */
public final class QualityFilters {
  public static final String BLOCKLIST = "blocklist";
  public static final String GOPHER_REPETITION = "gopher_repetition";
  public static final String GOPHER_QUALITY = "gopher_quality";
  public static final String C4 = "c4";
  public static final String FINEWEB = "fineweb";

  /** Every valid name in {@code quality.filters}. */
  public static final List<String> NAMES =
      List.of(BLOCKLIST, GOPHER_REPETITION, GOPHER_QUALITY, C4, FINEWEB);

  private QualityFilters() {}

  /** The steps of the quality stage for {@code config}, in run order, for one record at a time. */
  public static List<Step> build(QualityConfig config) {
    return build(config, 1);
  }

  /**
   * The steps of the quality stage for {@code config}, in run order, for a caller that runs {@code
   * recordBatch} records through each step before the next ({@code input.record_batch}): the
   * filters keep the word splits of that many texts between them.
   */
  public static List<Step> build(QualityConfig config, int recordBatch) {
    QualityContext context = new QualityContext(config, recordBatch);
    List<Step> steps = new ArrayList<>();
    steps.add(new LengthStep(config.maxChars()));
    for (String filter : config.filters()) {
      steps.add(
          switch (filter) {
            case BLOCKLIST -> new BlocklistStep(Blocklist.load(config.blocklist()));
            case GOPHER_REPETITION -> new GopherRepetitionStep(context);
            case GOPHER_QUALITY -> new GopherQualityStep(context);
            case C4 -> new C4Step(context);
            case FINEWEB -> new FineWebStep(context);
            default -> throw new IllegalStateException("unregistered filter " + filter);
          });
    }
    steps.add(new QualityScoreStep());
    steps.add(new TokenCountStep(new TokenCounter(config.tokenEncoding())));
    return steps;
  }
}
