package org.crawlsieve.core;

import java.util.List;

/**
 * One document-bearing record after the per-record stages: the document as the last step left it
 * (text is empty when extraction failed) and every step's decision, in stage order.
 */
public record ProcessedRecord(String warcType, Document document, List<Decision> decisions) {
  public ProcessedRecord {
    decisions = List.copyOf(decisions);
  }

  /** The decision that settles the record so far (see {@link Decisions#decisive}). */
  public Decision decisive() {
    return Decisions.decisive(decisions, "pipeline");
  }

  public boolean excluded() {
    return decisive().verdict().excludes();
  }
}
