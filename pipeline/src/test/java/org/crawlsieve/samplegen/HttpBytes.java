package org.crawlsieve.samplegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Serialises HTTP/1.1 messages byte by byte, with gzip content coding and chunked transfer. */
final class HttpBytes {
  private HttpBytes() {}

  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final String CC_AGENT = "CCBot/2.0 (https://commoncrawl.org/faq/)";

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 410 -> "Gone";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  /** A CCBot-style GET request for {@code path} on {@code host}. */
  static byte[] request(String host, String path, String lang) {
    String acceptLang = lang == null || lang.equals("en") ? "en-US,en;q=0.5" : lang + ",en;q=0.5";
    String s =
        "GET "
            + path
            + " HTTP/1.1\r\n"
            + "Host: "
            + host
            + "\r\n"
            + "User-Agent: "
            + CC_AGENT
            + "\r\n"
            + "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
            + "Accept-Language: "
            + acceptLang
            + "\r\n"
            + "Accept-Encoding: br,gzip\r\n"
            + "Connection: Keep-Alive\r\n\r\n";
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Splits the response into head and body bytes as they travel on the wire. */
  record Response(byte[] head, byte[] body) {
    byte[] all() {
      byte[] out = new byte[head.length + body.length];
      System.arraycopy(head, 0, out, 0, head.length);
      System.arraycopy(body, 0, out, head.length, body.length);
      return out;
    }
  }

  static Response response(Capture c, Random rnd) {
    byte[] body = c.entity;
    if (c.gzip) {
      body = gzip(body);
    }
    StringBuilder h = new StringBuilder();
    h.append("HTTP/1.1 ").append(c.status).append(' ').append(reason(c.status)).append("\r\n");
    h.append("Date: ").append(HTTP_DATE.format(c.date)).append("\r\n");
    h.append("Server: ").append(c.site.server()).append("\r\n");
    if (c.contentType != null) {
      h.append("Content-Type: ").append(c.contentType).append("\r\n");
    }
    if (c.gzip) {
      h.append("Content-Encoding: gzip\r\n");
      h.append("Vary: Accept-Encoding\r\n");
    }
    byte[] wire = body;
    if (c.chunked) {
      h.append("Transfer-Encoding: chunked\r\n");
      wire = chunk(body, rnd);
    } else {
      h.append("Content-Length: ").append(body.length).append("\r\n");
    }
    Instant modified = c.date.minusSeconds(86400L * (1 + rnd.nextInt(40)) + rnd.nextInt(86400));
    if (c.status == 200) {
      h.append("Last-Modified: ").append(HTTP_DATE.format(modified)).append("\r\n");
      h.append("Cache-Control: max-age=").append(60 * (1 + rnd.nextInt(60))).append("\r\n");
    }
    for (String[] x : c.extraHeaders) {
      h.append(x[0]).append(": ").append(x[1]).append("\r\n");
    }
    h.append("Connection: keep-alive\r\n\r\n");
    return new Response(h.toString().getBytes(StandardCharsets.ISO_8859_1), wire);
  }

  static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // GZIPOutputStream writes a zero modification time: the bytes depend on the data only.
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] chunk(byte[] body, Random rnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int n = Math.min(body.length - i, 512 + rnd.nextInt(3000));
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      i += n;
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
