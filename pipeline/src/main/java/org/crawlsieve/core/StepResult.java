package org.crawlsieve.core;

import java.util.Objects;

/** The (possibly modified) document a step hands on, with its decision. */
public record StepResult(Document document, Decision decision) {
  public StepResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(decision, "decision");
  }

  public static StepResult of(Document document, Decision decision) {
    return new StepResult(document, decision);
  }
}
