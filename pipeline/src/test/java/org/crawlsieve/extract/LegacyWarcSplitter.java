package org.crawlsieve.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Test-only: splits a small gzipped WARC (any version line) into its HTTP responses by
 * Content-Length, tolerating the header quirks that old crawlers wrote. Not a WARC reader.
 */
final class LegacyWarcSplitter {
  private LegacyWarcSplitter() {}

  record Response(String url, String charset, byte[] body) {}

  static List<Response> responses(Path warc) throws IOException {
    byte[] all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(warc))) {
      all = in.readAllBytes();
    }
    List<Response> out = new ArrayList<>();
    int pos = 0;
    while (true) {
      int headerEnd = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), pos);
      if (headerEnd < 0) {
        return out;
      }
      String header = new String(all, pos, headerEnd - pos, StandardCharsets.ISO_8859_1);
      int length = Integer.parseInt(field(header, "content-length"));
      int blockStart = headerEnd + 4;
      if ("response".equals(field(header, "warc-type"))) {
        out.add(response(field(header, "warc-target-uri"), all, blockStart, length));
      }
      pos = blockStart + length;
      while (pos < all.length && (all[pos] == '\r' || all[pos] == '\n')) {
        pos++;
      }
    }
  }

  private static Response response(String url, byte[] all, int start, int length) {
    int end = start + length;
    int split = indexOf(all, "\n\n".getBytes(StandardCharsets.US_ASCII), start);
    int skip = 2;
    int crlf = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), start);
    if (crlf >= 0 && (split < 0 || crlf < split)) {
      split = crlf;
      skip = 4;
    }
    String headers = new String(all, start, split - start, StandardCharsets.ISO_8859_1);
    String type = field(headers.replace("\r", ""), "content-type");
    String charset = null;
    int at = type == null ? -1 : type.toLowerCase(Locale.ROOT).indexOf("charset=");
    if (at >= 0) {
      charset = type.substring(at + "charset=".length()).strip();
    }
    byte[] body = java.util.Arrays.copyOfRange(all, split + skip, end);
    return new Response(url, charset, body);
  }

  private static String field(String header, String name) {
    for (String line : header.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return null;
  }

  private static int indexOf(byte[] b, byte[] s, int from) {
    outer:
    for (int i = from; i + s.length <= b.length; i++) {
      for (int k = 0; k < s.length; k++) {
        if (b[i + k] != s[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
