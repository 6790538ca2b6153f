/**
 * Per-record half of deduplication: text normalisation, the normalised-text hash (exact dedup) and
 * the MinHash signature (near dedup), computed once per document. Grouping and clustering need a
 * shuffle and live in {@code org.crawlsieve.jobs.dedup}.
 */
package org.crawlsieve.dedup;
