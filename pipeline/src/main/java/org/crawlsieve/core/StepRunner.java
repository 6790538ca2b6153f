package org.crawlsieve.core;

/**
 * Runs a {@link Step} so that it can never kill a task: an exception becomes an {@code error}
 * decision ({@code <step>.exception}), and a reason code the step did not declare is a bug reported
 * the same way.
 */
public final class StepRunner {
  private StepRunner() {}

  public static StepResult run(Step step, Document document) {
    StepResult result;
    try {
      result = step.apply(document);
    } catch (RuntimeException | StackOverflowError e) {
      return StepResult.of(document, Decision.error(step.name(), exceptionReason(step.name()), e));
    }
    String reason = result.decision().reason();
    if (reason != null && !step.reasons().contains(reason)) {
      IllegalStateException bug =
          new IllegalStateException(
              "step " + step.name() + " returned undeclared reason " + reason);
      return StepResult.of(
          document, Decision.error(step.name(), exceptionReason(step.name()), bug));
    }
    return result;
  }

  /** The reason code of an exception in a step: {@code <step>.exception}. */
  public static String exceptionReason(String step) {
    return step + ".exception";
  }
}
