package org.crawlsieve.extract;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A {@link Reader} that decodes a byte range as strict UTF-8 straight into the caller's buffer
 * (Jsoup's character buffer), with no intermediate copy of the text.
 *
 * <p>Why not the JDK's decoder: behind a stream (Jsoup's {@code SimpleStreamReader}), {@code
 * UTF_8$Decoder} copies ASCII in bulk only up to the first non-ASCII byte of each buffer and
 * decodes the rest of it byte by byte; on a page with a curly quote or an accented word near the
 * top that is nearly every byte. This reader tests eight bytes at a time for the high bit wherever
 * it is, and decodes 2-, 3- and 4-byte sequences inline.
 *
 * <p>Strict: on the first ill-formed sequence (a stray continuation byte, a lead byte {@code C0 C1
 * F5..FF}, an overlong form, a surrogate code point, a sequence cut by the end of the range) it
 * throws {@link Malformed} and the caller decodes the page the JDK's way, with its replacement
 * characters. So what it hands out is always exactly {@code new String(bytes, from, to - from,
 * UTF_8)}.
 *
 * <p>Like Jsoup's own input stream, it reports the end of input once the thread is interrupted, so
 * a cancelled task's parse stops early either way. Not thread-safe; one per parse.
 */
final class Utf8Reader extends Reader {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * ASCII runs at least this long are widened by the JDK's Latin-1 decoder, whose inner loop is an
   * intrinsic (vector instructions); shorter ones by a plain loop, cheaper than the call.
   */
  private static final int BULK_MIN = 64;

  /** The input is not well-formed UTF-8; thrown without a stack trace (it is an expected case). */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super("ill-formed UTF-8", null, false, false);
    }
  }

  private final byte[] src;
  private final int end;
  private int pos;

  /** The low half of a supplementary character whose high half filled the caller's last slot. */
  private char pendingLow;

  private CharsetDecoder latin1;
  private ByteBuffer in;
  private CharBuffer out;

  Utf8Reader(byte[] src, int from, int to) {
    this.src = src;
    this.pos = from;
    this.end = to;
  }

  @Override
  public int read(char[] dst, int off, int len) {
    if (len <= 0) {
      return 0;
    }
    if (Thread.currentThread().isInterrupted()) {
      return -1;
    }
    int dp = off;
    final int dl = off + len;
    if (pendingLow != 0) {
      dst[dp++] = pendingLow;
      pendingLow = 0;
    }
    final byte[] s = src;
    final int sl = end;
    int sp = pos;
    while (dp < dl && sp < sl) {
      // an ASCII run, measured eight bytes (one long) at a time
      int room = Math.min(sl - sp, dl - dp);
      int k = 0;
      while (k <= room - 8 && ((long) LONGS.get(s, sp + k) & HIGH_BITS) == 0) {
        k += 8;
      }
      if (k >= BULK_MIN) {
        widen(s, sp, dst, dp, k);
      } else {
        for (int j = 0; j < k; j++) {
          dst[dp + j] = (char) s[sp + j];
        }
      }
      sp += k;
      dp += k;
      if (sp >= sl || dp >= dl) {
        break;
      }
      int b = s[sp];
      if (b >= 0) {
        dst[dp++] = (char) b;
        sp++;
      } else if ((b & 0xE0) == 0xC0) {
        if (b < (byte) 0xC2 || sp + 1 >= sl) {
          throw new Malformed(); // overlong (C0, C1) or cut
        }
        int b2 = s[sp + 1];
        if ((b2 & 0xC0) != 0x80) {
          throw new Malformed();
        }
        dst[dp++] = (char) (((b & 0x1F) << 6) | (b2 & 0x3F));
        sp += 2;
      } else if ((b & 0xF0) == 0xE0) {
        if (sp + 2 >= sl) {
          throw new Malformed();
        }
        int b2 = s[sp + 1];
        int b3 = s[sp + 2];
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) {
          throw new Malformed();
        }
        int c = ((b & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F);
        if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) {
          throw new Malformed(); // overlong, or a surrogate code point
        }
        dst[dp++] = (char) c;
        sp += 3;
      } else if ((b & 0xF8) == 0xF0) {
        if (sp + 3 >= sl) {
          throw new Malformed();
        }
        int b2 = s[sp + 1];
        int b3 = s[sp + 2];
        int b4 = s[sp + 3];
        if ((b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80 || (b4 & 0xC0) != 0x80) {
          throw new Malformed();
        }
        int c = ((b & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
        if (c < 0x10000 || c > 0x10FFFF) {
          throw new Malformed(); // overlong, or beyond Unicode
        }
        dst[dp++] = Character.highSurrogate(c);
        char low = Character.lowSurrogate(c);
        if (dp < dl) {
          dst[dp++] = low;
        } else {
          pendingLow = low;
        }
        sp += 4;
      } else {
        throw new Malformed(); // a continuation byte where a character starts, or F8..FF
      }
    }
    pos = sp;
    int n = dp - off;
    return n == 0 ? -1 : n;
  }

  /** Widens {@code n} ASCII bytes (so Latin-1 decoding is exact) into {@code dst}. */
  private void widen(byte[] s, int sp, char[] dst, int dp, int n) {
    if (latin1 == null) {
      latin1 = StandardCharsets.ISO_8859_1.newDecoder();
      in = ByteBuffer.wrap(s);
    }
    if (out == null || out.array() != dst) {
      out = CharBuffer.wrap(dst);
    }
    in.limit(sp + n).position(sp);
    out.limit(dp + n).position(dp);
    latin1.decode(in, out, false);
    // Latin-1 maps every byte and the output has room for all: nothing is left behind
    for (int j = in.position() - sp; j < n; j++) {
      dst[dp + j] = (char) s[sp + j];
    }
  }

  @Override
  public void close() {
    // nothing to release: the bytes belong to the caller
  }
}
