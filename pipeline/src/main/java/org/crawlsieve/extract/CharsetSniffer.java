package org.crawlsieve.extract;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides the character encoding of an HTML payload, in this order: the HTTP {@code Content-Type}
 * charset, a byte-order mark, a {@code <meta charset>} or {@code http-equiv} declaration in the
 * first {@value #META_SCAN_BYTES} bytes, then detection (well-formed UTF-8, ASCII included, is
 * taken as UTF-8, otherwise ICU's statistical detector on a bounded prefix). Labels are mapped as
 * browsers do (Latin-1 and ASCII mean windows-1252); unknown labels fall through to the next
 * source.
 */
public final class CharsetSniffer {
  /** How far into the document a meta charset declaration is looked for. */
  static final int META_SCAN_BYTES = 4096;

  /** Bytes checked for well-formed UTF-8 (a fast loop, so generous). */
  static final int UTF8_CHECK_BYTES = 1 << 20;

  /** Bytes given to ICU's detector: enough for a stable answer, bounded in time. */
  static final int DETECT_BYTES = 16 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private CharsetSniffer() {}

  /** Where the charset decision came from, for evidence and tests. */
  public enum Source {
    HTTP,
    BOM,
    META,
    DETECTED,
    DEFAULT
  }

  /**
   * The decision: the charset and how many leading bytes (a byte-order mark) to skip.
   *
   * @param charset the charset to decode with
   * @param skip leading bytes to drop before decoding (the BOM)
   * @param source which rule decided
   */
  public record Decision(Charset charset, int skip, Source source) {}

  /** Decodes {@code bytes} with the charset {@link #sniff} chooses. */
  public static String decode(byte[] bytes, String httpCharset) {
    Decision d = sniff(bytes, httpCharset);
    return new String(bytes, d.skip(), bytes.length - d.skip(), d.charset());
  }

  public static Decision sniff(byte[] bytes, String httpCharset) {
    Charset bomCharset = bom(bytes);
    int bomLength = bomCharset == null ? 0 : bomLength(bomCharset);
    Charset http = forLabel(httpCharset);
    if (http != null) {
      // A BOM of the same encoding family is still dropped so it does not reach the text.
      return new Decision(http, http.equals(bomCharset) ? bomLength : 0, Source.HTTP);
    }
    if (bomCharset != null) {
      return new Decision(bomCharset, bomLength, Source.BOM);
    }
    Charset meta = forLabel(MetaCharset.find(bytes, META_SCAN_BYTES));
    if (meta != null) {
      // A page cannot declare itself UTF-16 in ASCII-compatible bytes (HTML standard).
      if (meta.name().startsWith("UTF-16")) {
        meta = StandardCharsets.UTF_8;
      }
      return new Decision(meta, 0, Source.META);
    }
    return detect(bytes);
  }

  private static Decision detect(byte[] bytes) {
    if (Utf8.isValid(bytes, UTF8_CHECK_BYTES)) {
      return new Decision(StandardCharsets.UTF_8, 0, Source.DETECTED);
    }
    try {
      CharsetDetector detector = new CharsetDetector();
      byte[] prefix = bytes;
      if (bytes.length > DETECT_BYTES) {
        prefix = java.util.Arrays.copyOf(bytes, DETECT_BYTES);
      }
      detector.setText(prefix);
      detector.enableInputFilter(true); // ignore markup when detecting
      CharsetMatch match = detector.detect();
      Charset cs = match == null ? null : forLabel(match.getName());
      if (cs != null) {
        return new Decision(cs, 0, Source.DETECTED);
      }
    } catch (RuntimeException e) {
      // the detector is a heuristic: any failure just means "no answer"
    }
    return new Decision(WINDOWS_1252, 0, Source.DEFAULT);
  }

  /** The charset a label names, as browsers read it; null when unknown or unusable. */
  static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    if (l.length() > 2 && (l.charAt(0) == '"' || l.charAt(0) == '\'')) {
      l = l.substring(1, l.length() - 1).strip();
    }
    if (l.isEmpty() || l.length() > 40) {
      return null;
    }
    switch (l) {
      case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp1252" -> {
        return WINDOWS_1252;
      }
      case "utf8", "unicode-1-1-utf-8", "unicode11utf8", "x-unicode20utf8" -> {
        return StandardCharsets.UTF_8;
      }
      case "x-sjis", "shift-jis", "sjis", "ms_kanji", "csshiftjis" -> {
        return Charset.forName("Shift_JIS");
      }
      case "gb2312", "gbk", "x-gbk", "cp936", "chinese" -> {
        return Charset.forName("GBK");
      }
      case "x-euc-jp", "eucjp" -> {
        return Charset.forName("EUC-JP");
      }
      default -> {
        try {
          return Charset.forName(l);
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static int bomLength(Charset cs) {
    return cs.equals(StandardCharsets.UTF_8) ? 3 : 2;
  }
}
