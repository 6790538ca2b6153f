package org.crawlsieve.warc;

/**
 * An input file that could not be read to its end: records before {@code offset} were processed.
 *
 * @param path the file as given to the run
 * @param offset byte offset where reading failed (start of the damaged record), -1 when unopened
 * @param recordsRead records read before the failure
 * @param error exception class and message
 */
public record FailedInput(String path, long offset, long recordsRead, String error)
    implements java.io.Serializable {}
