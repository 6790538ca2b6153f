package org.crawlsieve.warc;

import java.util.List;
import java.util.Map;
import org.crawlsieve.core.Provenance;

/**
 * A document-bearing WARC record ({@code response}, or {@code resource} with a document type) with
 * its HTTP payload decoded (transfer and content encodings removed) and bounded.
 *
 * @param warcType {@code response} or {@code resource}
 * @param provenance where the record is; its length is known once the next record is found
 * @param headers HTTP response headers, names lower-cased, in order; empty for non-HTTP records
 * @param charset charset parameter of the HTTP Content-Type, or null
 * @param payload the decoded payload, at most the configured bound
 * @param flags conditions met while reading, e.g. {@code warc.payload_cut}, {@code
 *     http.decode_error}
 * @param readError set when the record could not be read at all (its reason code), else null
 * @param readErrorDetail message of the read error, or null
 */
public record RawRecord(
    String warcType,
    Provenance provenance,
    Map<String, List<String>> headers,
    String charset,
    byte[] payload,
    List<String> flags,
    String readError,
    String readErrorDetail) {

  RawRecord withProvenance(Provenance p) {
    return new RawRecord(warcType, p, headers, charset, payload, flags, readError, readErrorDetail);
  }
}
