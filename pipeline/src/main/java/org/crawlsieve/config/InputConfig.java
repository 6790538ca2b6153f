package org.crawlsieve.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How inputs are found and bounded.
 *
 * @param pathsPrefix prefix for relative paths in a {@code warc.paths.gz} listing
 * @param maxRecordBytes largest HTTP payload read per record; longer ones are cut and flagged
 * @param maxDecodedBytes largest payload after Content-Encoding decoding (gzip-bomb bound)
 * @param batchFiles WARC files per committed batch of the per-record pass (the unit a resumed run
 *     skips); 0 picks 4 x the cluster's default parallelism
 * @param recordBatch records of one file processed together, stage by stage (every record
 *     extracted, then each step over the batch: the parser's and the steps' tables and code are met
 *     cold once per batch instead of once per record); outputs do not depend on it
 * @param recordBatchBytes a batch stops growing once its payloads reach this many bytes, bounding
 *     what a task holds at once (plus one record of at most {@code maxDecodedBytes})
 * @param openRetries extra attempts to open an input file before it is listed as failed
 * @param verifyDigests check each record's WARC-Block-Digest; a mismatch (corrupted bytes the gzip
 *     layer did not notice) makes the record an error ({@code warc.digest_mismatch})
 * @param tombstones tombstone lists ({@code tombstones.jsonl} of published snapshots, or their
 *     snapshot directories) whose ids, URLs and domains the run drops as {@code takedown.removed};
 *     left out of the config hash when empty, so configs without takedowns keep their hash
 */
public record InputConfig(
    String pathsPrefix,
    Long maxRecordBytes,
    Long maxDecodedBytes,
    Integer batchFiles,
    Integer recordBatch,
    Long recordBatchBytes,
    Integer openRetries,
    Boolean verifyDigests,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> tombstones) {
  public InputConfig {
    pathsPrefix = pathsPrefix == null ? "s3a://commoncrawl/" : pathsPrefix;
    maxRecordBytes = maxRecordBytes == null ? 10L * 1024 * 1024 : maxRecordBytes;
    maxDecodedBytes = maxDecodedBytes == null ? 20L * 1024 * 1024 : maxDecodedBytes;
    tombstones = tombstones == null ? List.of() : List.copyOf(tombstones);
    Checks.positive("input.max_record_bytes", maxRecordBytes);
    batchFiles = batchFiles == null ? 0 : batchFiles;
    recordBatch = recordBatch == null ? 32 : recordBatch;
    recordBatchBytes = recordBatchBytes == null ? 16L * 1024 * 1024 : recordBatchBytes;
    openRetries = openRetries == null ? 3 : openRetries;
    verifyDigests = verifyDigests == null ? Boolean.TRUE : verifyDigests;
    Checks.positive("input.max_decoded_bytes", maxDecodedBytes);
    Checks.nonNegative("input.batch_files", batchFiles);
    Checks.positive("input.record_batch", recordBatch);
    Checks.positive("input.record_batch_bytes", recordBatchBytes);
    Checks.nonNegative("input.open_retries", openRetries);
  }

  /** Bounds only, everything else default (the form most callers and tests use). */
  public InputConfig(String pathsPrefix, Long maxRecordBytes, Long maxDecodedBytes) {
    this(pathsPrefix, maxRecordBytes, maxDecodedBytes, null, null, null, null, null, null);
  }

  public static InputConfig defaults() {
    return new InputConfig(null, null, null, null, null, null, null, null, null);
  }

  public InputConfig withPathsPrefix(String prefix) {
    return new InputConfig(
        prefix,
        maxRecordBytes,
        maxDecodedBytes,
        batchFiles,
        recordBatch,
        recordBatchBytes,
        openRetries,
        verifyDigests,
        tombstones);
  }
}
