package org.crawlsieve.samplegen;

import java.time.Instant;

/**
 * A revisit record: a later fetch of {@code original}'s URL whose payload was not stored again.
 *
 * @param original the capture it refers to
 * @param date fetch date
 * @param file index of the WARC file it is written to
 * @param notModified true for the server-not-modified profile (HTTP 304), false for
 *     identical-payload-digest (HTTP 200, same digest)
 * @param recordId its WARC-Record-ID
 */
record Revisit(Capture original, Instant date, int file, boolean notModified, String recordId) {}
