package org.crawlsieve.samplegen;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes one gzipped WARC file the way Common Crawl does: a warcinfo record, then request, response
 * and metadata records per fetch (linked by WARC-Concurrent-To), one gzip member each.
 */
final class WarcOut implements AutoCloseable {
  static final MediaType HTTP_REQUEST = MediaType.parse("application/http; msgtype=request");
  static final MediaType HTTP_RESPONSE = MediaType.parse("application/http; msgtype=response");
  private static final String REVISIT_DIGEST =
      "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest";
  private static final String REVISIT_NOT_MODIFIED =
      "http://netpreserve.org/warc/1.0/revisit/server-not-modified";

  private final WarcWriter writer;
  private final String warcinfoId;
  private final Random rnd;
  final Map<String, Long> counts = new LinkedHashMap<>();

  WarcOut(Path file, String filename, Instant date, Map<String, String> info, long seed)
      throws IOException {
    this.writer =
        new WarcWriter(
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP);
    this.rnd = new Random(seed ^ filename.hashCode());
    this.warcinfoId = Ids.of(seed, "warcinfo", filename);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    info.forEach((k, v) -> fields.put(k, List.of(v)));
    writer.write(
        new Warcinfo.Builder()
            .date(date)
            .recordId(Ids.uri(warcinfoId))
            .filename(filename)
            .fields(fields)
            .build());
    count("warcinfo");
  }

  private void count(String type) {
    counts.merge(type, 1L, Long::sum);
  }

  static String ip(String host) {
    int h = host.hashCode();
    String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
    return nets[Math.floorMod(h, 3)] + (1 + Math.floorMod(h >> 4, 254));
  }

  static WarcDigest sha1(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      for (byte[] p : parts) {
        md.update(p);
      }
      return new WarcDigest(md);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the request, response and metadata records of one capture. */
  void write(Capture c) throws IOException {
    URI target = URI.create(c.url);
    String ip = ip(c.host());
    String path = c.path;
    byte[] request = HttpBytes.request(c.host(), path, c.language);
    writer.write(
        new WarcRequest.Builder(target)
            .date(c.date)
            .recordId(Ids.uri(c.requestId))
            .body(HTTP_REQUEST, request)
            .addHeader("WARC-Warcinfo-ID", warcinfoId)
            .addHeader("WARC-IP-Address", ip)
            .blockDigest(sha1(request))
            .build());
    count("request");

    HttpBytes.Response http = HttpBytes.response(c, rnd);
    byte[] block = http.all();
    byte[] payload = http.body();
    boolean truncated = c.truncateBodyAt > 0;
    if (truncated) {
      int keep = (int) (http.body().length * c.truncateBodyAt);
      payload = java.util.Arrays.copyOf(http.body(), keep);
      block = java.util.Arrays.copyOf(block, http.head().length + keep);
    }
    WarcResponse.Builder rb =
        new WarcResponse.Builder(target)
            .date(c.date)
            .recordId(Ids.uri(c.recordId))
            .body(HTTP_RESPONSE, block)
            .addHeader("WARC-Warcinfo-ID", warcinfoId)
            .addHeader("WARC-Concurrent-To", c.requestId)
            .addHeader("WARC-IP-Address", ip)
            .addHeader("WARC-Protocol", c.site.https() ? "h2" : "http/1.1")
            .blockDigest(sha1(block))
            .payloadDigest(sha1(payload));
    if (c.site.https()) {
      rb.addHeader("WARC-Cipher-Suite", "TLS_AES_128_GCM_SHA256");
    }
    if (c.contentType != null && c.status == 200) {
      rb.identifiedPayloadType(identified(c.contentType));
    }
    if (truncated) {
      rb.truncated(WarcTruncationReason.LENGTH);
    }
    writer.write(rb.build());
    count("response");
    c.traits.put("payload_digest", sha1(payload).prefixedBase32());

    writer.write(
        new WarcMetadata.Builder()
            .targetURI(target)
            .date(c.date)
            .recordId(Ids.uri(c.metadataId))
            .addHeader("WARC-Warcinfo-ID", warcinfoId)
            .addHeader("WARC-Concurrent-To", c.recordId)
            .body(MediaType.WARC_FIELDS, metadata(c))
            .build());
    count("metadata");
  }

  private static String identified(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip();
  }

  private byte[] metadata(Capture c) {
    StringBuilder b = new StringBuilder();
    b.append("fetchTimeMs: ").append(40 + rnd.nextInt(900)).append("\r\n");
    if (c.contentType != null && c.contentType.startsWith("text/html")) {
      b.append("charset-detected: ")
          .append(c.traits.getOrDefault("charset", "UTF-8"))
          .append("\r\n");
      if (c.language != null) {
        b.append("languages-cld2: {\"reliable\":true,\"text-bytes\":")
            .append(c.entity.length / 3)
            .append(",\"languages\":[{\"code\":\"")
            .append(c.language)
            .append("\",\"text-covered\":0.9")
            .append(rnd.nextInt(10))
            .append("}]}\r\n");
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Writes a revisit record for a later fetch of a capture whose payload did not change. */
  void write(Revisit v) throws IOException {
    Capture o = v.original();
    String head =
        v.notModified()
            ? "HTTP/1.1 304 Not Modified\r\nDate: "
                + HttpBytes.HTTP_DATE.format(v.date())
                + "\r\nServer: "
                + o.site.server()
                + "\r\nConnection: keep-alive\r\n\r\n"
            : "HTTP/1.1 200 OK\r\nDate: "
                + HttpBytes.HTTP_DATE.format(v.date())
                + "\r\nServer: "
                + o.site.server()
                + "\r\nContent-Type: "
                + o.contentType
                + "\r\nContent-Length: "
                + o.entity.length
                + "\r\nConnection: keep-alive\r\n\r\n";
    byte[] block = head.getBytes(StandardCharsets.ISO_8859_1);
    URI target = URI.create(o.url);
    String profile = v.notModified() ? REVISIT_NOT_MODIFIED : REVISIT_DIGEST;
    WarcRevisit.Builder b =
        new WarcRevisit.Builder(target, URI.create(profile))
            .date(v.date())
            .recordId(Ids.uri(v.recordId()))
            .body(HTTP_RESPONSE, block)
            .addHeader("WARC-Warcinfo-ID", warcinfoId)
            .addHeader("WARC-IP-Address", ip(o.host()))
            .refersTo(Ids.uri(o.recordId), target, o.date)
            .blockDigest(sha1(block));
    if (!v.notModified()) {
      b.payloadDigest(sha1(o.entity));
    }
    writer.write(b.build());
    count("revisit");
  }

  /** Writes a plain request and response pair (robots.txt captures carry no metadata). */
  void writePair(
      URI target,
      Instant date,
      String requestId,
      String responseId,
      byte[] request,
      byte[] response,
      byte[] payload,
      String ip)
      throws IOException {
    writer.write(
        new WarcRequest.Builder(target)
            .date(date)
            .recordId(Ids.uri(requestId))
            .body(HTTP_REQUEST, request)
            .addHeader("WARC-Warcinfo-ID", warcinfoId)
            .addHeader("WARC-IP-Address", ip)
            .blockDigest(sha1(request))
            .build());
    count("request");
    writer.write(
        new WarcResponse.Builder(target)
            .date(date)
            .recordId(Ids.uri(responseId))
            .body(HTTP_RESPONSE, response)
            .addHeader("WARC-Warcinfo-ID", warcinfoId)
            .addHeader("WARC-Concurrent-To", requestId)
            .addHeader("WARC-IP-Address", ip)
            .blockDigest(sha1(response))
            .payloadDigest(sha1(payload))
            .build());
    count("response");
  }

  List<String> typesWritten() {
    return new ArrayList<>(counts.keySet());
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
