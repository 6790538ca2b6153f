package org.crawlsieve.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import org.crawlsieve.config.InputConfig;
import org.crawlsieve.core.Provenance;
import org.crawlsieve.core.Text;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Streams the document-bearing records of one WARC file (gzip or plain, WARC/1.0, 1.1 and lenient
 * older dialects) without buffering more than one record.
 *
 * <p>Each record's block is read into memory up to {@link InputConfig#maxRecordBytes()}, so a
 * damaged file fails while reading the block (a file problem: {@link #failure()}) and a malformed
 * HTTP message or content encoding fails while parsing those bytes (a record problem: {@link
 * RawRecord#readError()}). A record's compressed length is the distance to the next record, so
 * records are handed out one behind the reader.
 */
public final class WarcFileReader implements Iterator<RawRecord>, Closeable {

  /** Reason codes for records that could not be read. */
  public static final String READ_HTTP = "warc.bad_http";

  /** The record's bytes do not match its WARC-Block-Digest: corrupted in storage or transfer. */
  public static final String DIGEST_MISMATCH = "warc.digest_mismatch";

  /** The record's block broke off (damaged or truncated file); the file is listed as failed. */
  public static final String READ_BLOCK = "warc.read_error";

  private static final int WARCINFO_MAX_BYTES = 1 << 16;

  /**
   * Largest block array kept for the next record. Blocks are read, checked, parsed and their
   * payload copied out before the next record is read, so one array serves them all (a fresh one
   * per record was about 8 % of the pass's allocation); a rare huge record's array is not kept.
   */
  private static final int KEPT_BLOCK_BYTES = 1 << 22;

  private final String path;
  private final long fileLength;
  private final InputConfig bounds;
  private final CountingChannel channel;
  private final WarcReader reader;
  private final Map<String, Long> typeCounts = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();
  private String crawl;
  private RawRecord pending;
  private RawRecord ready;
  private FailedInput failure;
  private boolean exhausted;
  private long recordsRead;
  private long lastGoodOffset;
  private IOException blockFailure;
  private byte[] blockArray;

  public WarcFileReader(InputStream in, String path, long fileLength, InputConfig bounds)
      throws IOException {
    this.path = path;
    this.fileLength = fileLength;
    this.bounds = bounds;
    this.crawl = CrawlIds.find(path);
    this.channel = new CountingChannel(Channels.newChannel(in));
    this.reader = new WarcReader(channel);
    reader.setLenient(true);
    reader.onWarning(this::warn);
  }

  /** Records read so far by WARC-Type ({@code response}, {@code request}, …). */
  public Map<String, Long> typeCounts() {
    return typeCounts;
  }

  /** Set once the file broke before its end; null for a file read to the end. */
  public FailedInput failure() {
    return failure;
  }

  /** Parser warnings seen (first 20). */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public boolean hasNext() {
    if (ready != null) {
      return true;
    }
    while (!exhausted) {
      advance();
      if (ready != null) {
        return true;
      }
    }
    if (pending != null) {
      long end = failure != null ? failure.offset() : endPosition();
      ready = finish(pending, end);
      pending = null;
    }
    return ready != null;
  }

  @Override
  public RawRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    RawRecord r = ready;
    ready = null;
    return r;
  }

  private long endPosition() {
    return fileLength >= 0 ? fileLength : channel.count();
  }

  /** Reads one WARC record; hands the previous document record out once its length is known. */
  private void advance() {
    WarcRecord record;
    long position = lastGoodOffset;
    try {
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        exhausted = true;
        return;
      }
      record = next.get();
      position = record.position();
    } catch (IOException | RuntimeException e) {
      // jwarc has moved its position to the start of the record it failed to parse
      long at = Math.max(position, safePosition());
      if (pending != null) {
        ready = finish(pending, at);
        pending = null;
      }
      fail(at, e);
      return;
    }
    if (pending != null) {
      ready = finish(pending, position);
      pending = null;
    }
    lastGoodOffset = position;
    recordsRead++;
    String type = record.type() == null ? "unknown" : record.type().toLowerCase(Locale.ROOT);
    typeCounts.merge(type, 1L, Long::sum);
    try {
      if (record instanceof Warcinfo info && crawl == null) {
        crawl = crawlOf(info);
      } else if (record instanceof WarcResponse || record instanceof WarcResource) {
        pending = read((WarcTargetRecord) record, position);
        if (blockFailure != null) {
          fail(position, blockFailure);
        }
      }
    } catch (IOException e) {
      // The block could not be read: the file is damaged here.
      fail(position, e);
    } catch (RuntimeException e) {
      fail(position, e);
    }
  }

  /**
   * The crawl named by a warcinfo record's {@code isPartOf} field, read by our lenient fields
   * parser: old writers (ClueWeb09's Nutch, WARC/0.18) end the fields with bare LF, which jwarc's
   * strict parser rejects, and a warcinfo record must never cost us the file.
   */
  private static String crawlOf(Warcinfo info) throws IOException {
    byte[] block = BoundedRead.read(info.body().stream(), WARCINFO_MAX_BYTES, info.body().size());
    // a Common Crawl id where there is one, else the collection's own name (e.g. clueweb09-ja)
    return WarcinfoFields.first(block, "isPartOf")
        .map(v -> Optional.ofNullable(CrawlIds.find(v)).orElse(Text.truncate(v, 100)))
        .orElse(null);
  }

  private void warn(String warning) {
    if (warnings.size() < 20) {
      warnings.add(warning);
    }
  }

  private long safePosition() {
    try {
      return reader.position();
    } catch (RuntimeException e) {
      return -1;
    }
  }

  private void fail(long offset, Exception e) {
    exhausted = true;
    String msg = e.getClass().getSimpleName();
    if (e.getMessage() != null) {
      msg += ": " + Text.truncate(e.getMessage(), 300);
    }
    failure = new FailedInput(path, offset, recordsRead, msg);
  }

  private RawRecord finish(RawRecord r, long end) {
    if (READ_BLOCK.equals(r.readError())) {
      end = endPosition(); // the damaged record runs to the end of the file as far as we know
    }
    long length = end - r.provenance().warcOffset();
    return r.withProvenance(r.provenance().withLength(Math.max(length, 0)));
  }

  private RawRecord read(WarcTargetRecord record, long offset) throws IOException {
    List<String> flags = new ArrayList<>();
    WarcTruncationReason truncation = record.truncated();
    String truncated =
        truncation == null || truncation == WarcTruncationReason.NOT_TRUNCATED
            ? null
            : truncation.name().toLowerCase(Locale.ROOT);
    if (truncated != null) {
      flags.add("warc.truncated");
    }
    Instant date = null;
    try {
      date = record.date();
    } catch (RuntimeException e) {
      flags.add("warc.bad_date");
    }
    String digest = record.payloadDigest().map(d -> d.prefixedBase32()).orElse(null);
    String recordId = record.headers().first("WARC-Record-ID").orElse(null);
    String target = record.target();
    // the block stays in blockArray: nothing read from it may keep the array (see KEPT_BLOCK_BYTES)
    byte[] block;
    int blockLength;
    try {
      BoundedRead blockRead =
          new BoundedRead(bounds.maxRecordBytes(), record.body().size(), blockArray);
      try {
        blockRead.fill(record.body().stream());
      } finally {
        block = blockRead.array();
        blockArray = block.length <= KEPT_BLOCK_BYTES ? block : null;
      }
      blockLength = blockRead.size();
    } catch (IOException | RuntimeException e) {
      blockFailure = e instanceof IOException io ? io : new IOException(e);
      Provenance p =
          new Provenance(
              crawl, path, offset, -1, recordId, date, target, digest, 0, null, truncated);
      String detail = e.getClass().getSimpleName() + ": " + Text.truncate(e.getMessage(), 200);
      return new RawRecord(
          record.type().toLowerCase(Locale.ROOT),
          p,
          Map.of(),
          null,
          new byte[0],
          List.copyOf(flags),
          READ_BLOCK,
          detail);
    }
    boolean cut = record.body().size() > blockLength;
    if (cut) {
      flags.add("warc.payload_cut");
    }
    if (!cut && bounds.verifyDigests() && !digestMatches(record, block, blockLength)) {
      Provenance p =
          new Provenance(
              crawl, path, offset, -1, recordId, date, target, digest, 0, null, truncated);
      return new RawRecord(
          record.type().toLowerCase(Locale.ROOT),
          p,
          Map.of(),
          null,
          new byte[0],
          List.copyOf(flags),
          DIGEST_MISMATCH,
          "WARC-Block-Digest " + record.blockDigest().map(Object::toString).orElse("?"));
    }

    Map<String, List<String>> headers = Map.of();
    String contentType = null;
    String charset = null;
    byte[] payload = null;
    int status = 0;
    String readError = null;
    String readErrorDetail = null;
    MediaType recordType = record.contentType();
    boolean http =
        record instanceof WarcResponse
            && recordType != null
            && recordType.base().toString().toLowerCase(Locale.ROOT).startsWith("application/http");
    if (http) {
      try {
        HttpResponse response = HttpResponse.parse(new BytesChannel(block, blockLength));
        status = response.status();
        headers = lowerCased(response.headers().map());
        String header = headers.getOrDefault("content-type", List.of("")).get(0);
        contentType = ContentTypes.mediaType(header);
        charset = ContentTypes.charset(header);
        // a record the crawler truncated ends mid-body just like one we cut ourselves
        payload = readDecoded(response, flags, cut || truncated != null, blockLength);
        if (payload.length == 0 && flags.remove("http.decode_error")) {
          payload = readUndecoded(block, blockLength, flags);
        }
      } catch (IOException | RuntimeException e) {
        readError = READ_HTTP;
        readErrorDetail = e.getClass().getSimpleName() + ": " + Text.truncate(e.getMessage(), 200);
        payload = new byte[0];
      }
    } else {
      payload = Arrays.copyOf(block, blockLength);
      if (recordType != null) {
        contentType = ContentTypes.mediaType(recordType.raw());
        charset = ContentTypes.charset(recordType.raw());
      }
    }
    Provenance p =
        new Provenance(
            crawl,
            path,
            offset,
            -1,
            recordId,
            date,
            target,
            digest,
            status,
            contentType,
            truncated);
    return new RawRecord(
        record.type().toLowerCase(Locale.ROOT),
        p,
        headers,
        charset,
        payload,
        List.copyOf(flags),
        readError,
        readErrorDetail);
  }

  /** True when the record declares no block digest, an unknown algorithm, or the right one. */
  private static boolean digestMatches(WarcRecord record, byte[] block, int length) {
    Optional<org.netpreserve.jwarc.WarcDigest> declared;
    try {
      declared = record.blockDigest();
    } catch (RuntimeException e) {
      return true; // an unparseable digest header proves nothing
    }
    if (declared.isEmpty()) {
      return true;
    }
    try {
      java.security.MessageDigest md = declared.get().getDigester();
      md.update(block, 0, length);
      return Arrays.equals(md.digest(), declared.get().bytes());
    } catch (java.security.NoSuchAlgorithmException | RuntimeException e) {
      return true;
    }
  }

  /**
   * Decodes transfer and content encodings, at most {@code maxDecodedBytes} (gzip bombs). {@code
   * blockLength} bounds the length a stored (undecoded) body can have, whatever its header says.
   */
  private byte[] readDecoded(
      HttpResponse response, List<String> flags, boolean cut, int blockLength) throws IOException {
    MessageBody raw = response.body();
    MessageBody body = response.bodyDecoded();
    // without a transfer or content encoding the decoded body is the stored one, length known
    long expected = body == raw ? Math.min(raw.size(), blockLength) : -1;
    BoundedRead out = new BoundedRead(bounds.maxDecodedBytes(), expected);
    try (InputStream in = body.stream()) {
      out.fill(in);
      if (out.size() >= bounds.maxDecodedBytes()) {
        flags.add("http.decoded_cut");
      }
    } catch (IOException | RuntimeException e) {
      // A block we cut short ends mid-body by construction; otherwise the encoding is broken.
      if (!cut) {
        flags.add("http.decode_error");
      }
    }
    return out.bytes();
  }

  /**
   * The body as stored, for a response whose declared Content-Encoding does not decode from its
   * first byte. Some archives (ClueWeb09 among them) stored the decoded body but kept the header;
   * the bytes are then usable as they are, and the flag says so.
   */
  private byte[] readUndecoded(byte[] block, int length, List<String> flags) throws IOException {
    HttpResponse response = HttpResponse.parse(new BytesChannel(block, length));
    byte[] stored =
        BoundedRead.read(
            response.body().stream(),
            bounds.maxDecodedBytes(),
            Math.min(response.body().size(), length));
    if (stored.length > 0) { // an empty body under a Content-Encoding header is just empty
      flags.add("http.encoding_not_applied");
    }
    return stored;
  }

  private static Map<String, List<String>> lowerCased(Map<String, List<String>> in) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : in.entrySet()) {
      out.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .addAll(e.getValue());
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
