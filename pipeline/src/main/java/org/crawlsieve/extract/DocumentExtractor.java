package org.crawlsieve.extract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crawlsieve.config.Stages;
import org.crawlsieve.core.Decision;
import org.crawlsieve.core.Document;
import org.crawlsieve.core.Text;
import org.crawlsieve.core.Urls;
import org.crawlsieve.warc.RawRecord;

/**
 * The extract stage: a WARC record to a {@link Document}. HTML goes through Jsoup, plain text is
 * decoded, other document types go through Tika; everything else is dropped with a reason.
 */
public final class DocumentExtractor {
  public static final String EMPTY = "extract.empty";
  public static final String HTTP_STATUS = "extract.http_status";
  public static final String UNSUPPORTED_TYPE = "extract.unsupported_type";
  public static final String TOO_LARGE = "extract.too_large";
  public static final String TIMEOUT = "extract.timeout";
  public static final String PARSE_ERROR = "extract.parse_error";
  public static final String TIKA_DISABLED = "extract.tika_disabled";
  public static final String BAD_HTTP = org.crawlsieve.warc.WarcFileReader.READ_HTTP;
  public static final String READ_ERROR = org.crawlsieve.warc.WarcFileReader.READ_BLOCK;
  public static final String DIGEST_MISMATCH = org.crawlsieve.warc.WarcFileReader.DIGEST_MISMATCH;

  /** Flag set when the text was cut at {@code extract.max_text_chars}. */
  public static final String TEXT_CUT = "extract.text_cut";

  /** Every reason code of the extract stage. */
  public static final Set<String> REASONS =
      Set.of(
          EMPTY,
          HTTP_STATUS,
          UNSUPPORTED_TYPE,
          TOO_LARGE,
          TIMEOUT,
          PARSE_ERROR,
          TIKA_DISABLED,
          BAD_HTTP,
          READ_ERROR,
          DIGEST_MISMATCH);

  private static final Set<String> HTML_TYPES =
      Set.of("text/html", "application/xhtml+xml", "application/xml+xhtml");
  private static final Set<String> TIKA_TYPES =
      Set.of(
          "application/pdf",
          "application/msword",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.oasis.opendocument.text",
          "application/rtf",
          "text/rtf",
          "application/vnd.ms-powerpoint",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/epub+zip",
          "application/vnd.oasis.opendocument.presentation",
          "application/vnd.oasis.opendocument.spreadsheet",
          "application/vnd.ms-excel",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ExtractConfig config;
  private final HtmlExtractor html;
  private TikaExtractor tika;

  /** Not thread-safe (it owns a Tika parse thread): one per task or partition. */
  public DocumentExtractor(ExtractConfig config) {
    this.config = config;
    this.html = new HtmlExtractor(config.maxTextChars());
  }

  public Extraction extract(RawRecord raw) {
    Document.Builder b = skeleton(raw);
    if (raw.readError() != null) {
      // The record could not be read: an error, not a content decision.
      Map<String, String> ev = Map.of("detail", String.valueOf(raw.readErrorDetail()));
      return new Extraction(
          b.build(),
          new Decision(
              Stages.EXTRACT, org.crawlsieve.core.Verdict.ERROR, raw.readError(), null, ev));
    }
    int status = raw.provenance().httpStatus();
    if (status != 0 && (status < 200 || status >= 300)) {
      return excluded(b, HTTP_STATUS, Map.of("status", Integer.toString(status)));
    }
    String type = mediaType(raw);
    HtmlPage page;
    boolean cut = false;
    try {
      if (HTML_TYPES.contains(type) || (type.isEmpty() && looksLikeHtml(raw.payload()))) {
        page = html.extract(raw.payload(), raw.charset(), raw.provenance().targetUri());
      } else if (type.equals("text/plain")) {
        String decoded = CharsetSniffer.decode(raw.payload(), raw.charset());
        page = new HtmlPage(null, Whitespace.tidyLines(decoded), List.of(), null);
      } else if (TIKA_TYPES.contains(type)) {
        if (raw.payload().length > config.tikaMaxBytes()) {
          return excluded(b, TOO_LARGE, Map.of("bytes", Integer.toString(raw.payload().length)));
        }
        TikaExtractor.Result r = tika().extract(raw.payload(), type, config.maxTextChars());
        switch (r.status()) {
          case TIMEOUT -> {
            return excluded(b, TIMEOUT, Map.of("limit_ms", config.tikaTimeoutMillis().toString()));
          }
          case DISABLED -> {
            return excluded(b, TIKA_DISABLED, Map.of("detail", r.detail()));
          }
          case ERROR -> {
            return excluded(b, PARSE_ERROR, Map.of("detail", r.detail()));
          }
          default -> {
            page = r.page();
            cut = r.cut();
          }
        }
      } else {
        return excluded(b, UNSUPPORTED_TYPE, Map.of("content_type", type));
      }
    } catch (RuntimeException | StackOverflowError e) {
      return new Extraction(b.build(), Decision.error(Stages.EXTRACT, PARSE_ERROR, e));
    }
    String text = page.text();
    if (text.length() > config.maxTextChars()) {
      text = Text.truncate(text, config.maxTextChars());
      cut = true;
    }
    if (cut) {
      b.flag(TEXT_CUT);
    }
    b.text(text).title(page.title()).metaTags(page.metaTags()).license(page.license());
    if (text.strip().length() < config.minTextChars()) {
      return excluded(b, EMPTY, Map.of("chars", Integer.toString(text.strip().length())));
    }
    return new Extraction(b.build(), Decision.keep(Stages.EXTRACT));
  }

  private TikaExtractor tika() {
    if (tika == null) {
      tika = new TikaExtractor(config.tikaTimeoutMillis(), config.tikaMaxStuckThreads());
    }
    return tika;
  }

  private static Extraction excluded(Document.Builder b, String reason, Map<String, String> ev) {
    return new Extraction(b.build(), Decision.drop(Stages.EXTRACT, reason, ev));
  }

  private static Document.Builder skeleton(RawRecord raw) {
    String url = raw.provenance().targetUri();
    String host = Urls.host(url);
    Document.Builder b =
        Document.builder()
            .id(raw.provenance().recordId())
            .url(url)
            .host(host)
            .domain(Urls.registeredDomain(host))
            .headers(raw.headers())
            .provenance(raw.provenance());
    raw.flags().forEach(b::flag);
    return b;
  }

  private static String mediaType(RawRecord raw) {
    String t = raw.provenance().contentType();
    return t == null ? "" : t.toLowerCase(Locale.ROOT).strip();
  }

  private static boolean looksLikeHtml(byte[] payload) {
    String head =
        new String(payload, 0, Math.min(payload.length, 512), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html");
  }
}
