package org.crawlsieve.jobs.consent;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.crawlsieve.consent.robots.RobotsPaths;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.Urls;
import org.crawlsieve.jobs.RecordSchema;
import org.crawlsieve.warc.RawRecord;

/**
 * Site-wide files that are ordinary page captures in the main WARCs but govern other pages: for now
 * {@code /.well-known/tdmrep.json} (TDMRep). The per-record pass keeps their raw body in a stage-1
 * row of kind {@link #KIND} (column {@code site_file_body}), since stage-1 record rows keep text
 * only for kept documents and never the raw bytes; the consent stage joins them by origin.
 */
public final class SiteFiles {
  private SiteFiles() {}

  public static final String KIND = "site_file";
  public static final String TDMREP_PATH = "/.well-known/tdmrep.json";

  /** tdmrep.json files are a few hundred bytes; anything past this is not read. */
  public static final int MAX_BYTES = 64 * 1024;

  /** True for a response whose URL path is {@link #TDMREP_PATH} (query ignored). */
  public static boolean isSiteFile(RawRecord raw) {
    if (!"response".equals(raw.warcType()) || raw.provenance() == null) {
      return false;
    }
    String url = raw.provenance().targetUri();
    if (Urls.origin(url) == null) {
      return false;
    }
    String path = RobotsPaths.pathOf(url);
    int q = path.indexOf('?');
    return (q < 0 ? path : path.substring(0, q)).toLowerCase(Locale.ROOT).equals(TDMREP_PATH);
  }

  /** The stage-1 row of a site file (identity columns and the body, bounded). */
  public static Row row(RawRecord raw) {
    Provenance p = raw.provenance();
    String url = p.targetUri();
    String host = Urls.host(url);
    byte[] payload = raw.payload() == null ? new byte[0] : raw.payload();
    Object[] v = new Object[RecordSchema.STAGE1.size()];
    v[0] = KIND;
    v[RecordSchema.index("id")] = p.recordId();
    v[RecordSchema.index("url")] = url;
    v[RecordSchema.index("host")] = host;
    v[RecordSchema.index("domain")] = Urls.registeredDomain(host);
    v[RecordSchema.index("origin")] = Urls.origin(url);
    v[RecordSchema.index("crawl")] = p.crawl();
    v[RecordSchema.index("warc_path")] = p.warcPath();
    v[RecordSchema.index("warc_offset")] = p.warcOffset();
    v[RecordSchema.index("warc_length")] = p.warcLength();
    v[RecordSchema.index("warc_date")] = p.warcDate() == null ? null : Timestamp.from(p.warcDate());
    v[RecordSchema.index("warc_type")] = raw.warcType();
    v[RecordSchema.index("http_status")] = raw.readError() != null ? 0 : p.httpStatus();
    v[RecordSchema.index("content_type")] = p.contentType();
    v[RecordSchema.index("site_file_body")] =
        payload.length > MAX_BYTES ? Arrays.copyOf(payload, MAX_BYTES) : payload;
    return RowFactory.create(v);
  }
}
