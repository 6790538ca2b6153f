package org.crawlsieve.extract;

import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;

/**
 * Result of extracting one record: a document (possibly with empty text) and the extract decision.
 * When the decision excludes the record, the document still carries the provenance and whatever
 * metadata was found, so the decision row can be written.
 */
public record Extraction(Document document, Decision decision) {}
