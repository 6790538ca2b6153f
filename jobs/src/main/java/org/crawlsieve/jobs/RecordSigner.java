package org.crawlsieve.jobs;

import org.apache.spark.sql.Row;
import org.crawlsieve.config.CrawlsieveConfig;
import org.crawlsieve.config.Stages;
import org.crawlsieve.core.ProcessedRecord;
import org.crawlsieve.dedup.DedupSignature;
import org.crawlsieve.dedup.DedupSigner;

/**
 * Turns a processed record into its stage-1 row, adding the dedup signature (text hash and MinHash)
 * to records still kept, so dedup needs no second pass over the text.
 */
final class RecordSigner {
  private final DedupSigner signer;

  private RecordSigner(DedupSigner signer) {
    this.signer = signer;
  }

  static RecordSigner create(CrawlsieveConfig config) {
    boolean dedup = config.enabled(Stages.DEDUP) && config.dedup().enabled();
    return new RecordSigner(dedup ? new DedupSigner(config.dedup()) : null);
  }

  Row row(ProcessedRecord r) {
    if (signer == null || r.excluded()) {
      return RecordRows.record(r, null, null);
    }
    DedupSignature sig = signer.sign(r.document().text());
    return RecordRows.record(r, sig.textHash(), sig.minhash());
  }
}
