package org.crawlsieve.core;

import java.util.Set;

/**
 * A per-record step over documents: filter, tagger or formatter. Built once per partition from an
 * immutable config; thread-confined or immutable; never static mutable state.
 *
 * <p>Every step declares the closed set of reason codes it may return ({@link #reasons()}); the
 * runner checks each decision against it, so no undeclared reason ever reaches an output.
 */
public interface Step {

  /** Registered name, as used in config and in {@link Decision#step()}. */
  String name();

  /** Every reason code this step can return, e.g. {@code quality.gopher.word_count}. */
  Set<String> reasons();

  /**
   * Applies the step. Must not throw for bad content: content problems are decisions. An exception
   * is turned into an {@code error} decision by the runner.
   */
  StepResult apply(Document document);
}
