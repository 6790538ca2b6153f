package org.crawlsieve.quality;

import java.util.Set;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Step;
import org.crawlsieve.core.StepResult;

/** Tagger at the end of the stage: sets {@code token_count} with the configured BPE encoding. */
public final class TokenCountStep implements Step {
  public static final String NAME = "quality.token_count";

  private final TokenCounter counter;

  TokenCountStep(TokenCounter counter) {
    this.counter = counter;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> reasons() {
    return Set.of();
  }

  @Override
  public StepResult apply(Document doc) {
    Document counted = doc.toBuilder().tokenCount(counter.count(doc.text())).build();
    return StepResult.of(counted, Decision.keep(NAME));
  }
}
