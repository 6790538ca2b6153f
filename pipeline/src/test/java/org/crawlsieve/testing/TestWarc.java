package org.crawlsieve.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/** Builds small WARC files in memory for tests, and remembers each record's offset. */
public final class TestWarc {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final org.netpreserve.jwarc.WarcWriter writer;
  private final List<Long> offsets = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private int counter;

  public TestWarc(boolean gzip) {
    try {
      writer =
          new org.netpreserve.jwarc.WarcWriter(
              Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A raw HTTP/1.1 response with the given headers (name, value, ...) and body. */
  public static byte[] http(int status, byte[] body, String... headers) {
    StringBuilder sb = new StringBuilder("HTTP/1.1 " + status + " X\r\n");
    for (int i = 0; i + 1 < headers.length; i += 2) {
      sb.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    sb.append("\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(body);
    return out.toByteArray();
  }

  public static byte[] html(String title, String body) {
    return ("<!doctype html><html><head><title>"
            + title
            + "</title></head><body>"
            + body
            + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private UUID nextId() {
    return new UUID(0x5eedL, ++counter);
  }

  public TestWarc warcinfo(String isPartOf) {
    return write(
        new Warcinfo.Builder()
            .recordId(nextId())
            .date(Instant.parse("2026-02-01T00:00:00Z"))
            .fields(java.util.Map.of("isPartOf", List.of(isPartOf)))
            .build());
  }

  public TestWarc response(String url, byte[] httpMessage) {
    return response(url, httpMessage, null);
  }

  public TestWarc response(String url, byte[] httpMessage, WarcTruncationReason truncated) {
    WarcResponse.Builder b =
        new WarcResponse.Builder(URI.create(url))
            .recordId(nextId())
            .date(Instant.parse("2026-02-03T10:00:00Z").plusSeconds(counter))
            .body(MediaType.HTTP_RESPONSE, httpMessage);
    if (truncated != null) {
      b.truncated(truncated);
    }
    return write(b.build());
  }

  public TestWarc request(String url) {
    return write(
        new WarcRequest.Builder(URI.create(url))
            .recordId(nextId())
            .date(Instant.parse("2026-02-03T10:00:00Z"))
            .body(
                MediaType.HTTP_REQUEST,
                ("GET / HTTP/1.1\r\nHost: " + URI.create(url).getHost() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII))
            .build());
  }

  public TestWarc resource(String url, String contentType, byte[] body) {
    return write(
        new WarcResource.Builder(URI.create(url))
            .recordId(nextId())
            .date(Instant.parse("2026-02-03T11:00:00Z"))
            .body(MediaType.parse(contentType), body)
            .build());
  }

  private TestWarc write(WarcRecord record) {
    try {
      offsets.add(writer.position());
      ids.add("<" + record.id() + ">");
      writer.write(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public byte[] bytes() {
    return bytes.toByteArray();
  }

  /** Offsets of every record written, in order. */
  public List<Long> offsets() {
    return offsets;
  }

  /** WARC-Record-IDs ({@code <urn:uuid:…>}) of every record written, in order. */
  public List<String> ids() {
    return ids;
  }
}
