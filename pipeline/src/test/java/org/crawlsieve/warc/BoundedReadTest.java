package org.crawlsieve.warc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedReadTest {

  private static byte[] data(int n) {
    byte[] b = new byte[n];
    new Random(n).nextBytes(b);
    return b;
  }

  /** Hands out at most 7 bytes per read, as a decoding stream may. */
  private static InputStream trickle(byte[] b) {
    return new FilterInputStream(new ByteArrayInputStream(b)) {
      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        return super.read(buf, off, Math.min(len, 7));
      }
    };
  }

  @ParameterizedTest(name = "length {0}, max {1}, declared {2}")
  @CsvSource({
    // declared length right, too short, too long, unknown; under, at and over the bound
    "0, 100, 0",
    "0, 100, -1",
    "1, 100, 1",
    "1, 100, -1",
    "50, 100, 50",
    "50, 100, 10",
    "50, 100, 0",
    "50, 100, 80",
    "50, 100, -1",
    "100, 100, 100",
    "100, 100, -1",
    "150, 100, 150",
    "150, 100, 100",
    "150, 100, 20",
    "150, 100, -1",
    "70000, 100000, -1",
    "70000, 100000, 3",
    "70000, 65536, 70000",
    "300000, 1000000, 1000000000"
  })
  void readsTheFirstMaxBytes(int length, long max, long declared) throws IOException {
    byte[] in = data(length);
    byte[] expected = Arrays.copyOf(in, (int) Math.min(length, max));
    assertArrayEquals(expected, BoundedRead.read(new ByteArrayInputStream(in), max, declared));
    assertArrayEquals(expected, BoundedRead.read(trickle(in), max, declared));
  }

  @Test
  void rightDeclaredLengthNeedsNoCopy() throws IOException {
    BoundedRead r = new BoundedRead(1000, 500);
    r.fill(new ByteArrayInputStream(data(500)));
    assertSame(r.bytes(), r.bytes());
    assertEquals(500, r.size());
  }

  @Test
  void declaredLengthDoesNotPreallocateBeyondTheCap() throws IOException {
    // a lying header cannot make the reader allocate gigabytes up front
    BoundedRead r = new BoundedRead(Long.MAX_VALUE, Long.MAX_VALUE);
    r.fill(new ByteArrayInputStream(data(10)));
    assertArrayEquals(data(10), r.bytes());
  }

  @Test
  void keepsWhatWasReadBeforeAFailure() {
    byte[] in = data(40);
    InputStream failing =
        new FilterInputStream(trickle(in)) {
          private int served;

          @Override
          public int read(byte[] buf, int off, int len) throws IOException {
            if (served >= 21) {
              throw new IOException("broken");
            }
            int n = super.read(buf, off, len);
            served += n;
            return n;
          }
        };
    BoundedRead r = new BoundedRead(100, -1);
    assertThrows(IOException.class, () -> r.fill(failing));
    assertArrayEquals(Arrays.copyOf(in, 21), r.bytes());
  }

  @Test
  void readsIntoAReusedArrayAndHandsOutACopy() throws IOException {
    byte[] reuse = data(1000);
    BoundedRead r = new BoundedRead(10_000, 500, reuse);
    r.fill(new ByteArrayInputStream(data(500)));
    assertSame(reuse, r.array());
    assertEquals(500, r.size());
    assertArrayEquals(data(500), Arrays.copyOf(r.array(), r.size()));
    // the caller's array is never handed out as the bytes, even when exactly full
    BoundedRead full = new BoundedRead(10_000, 1000, reuse);
    full.fill(new ByteArrayInputStream(data(1000)));
    assertNotSame(reuse, full.bytes());
    assertArrayEquals(data(1000), full.bytes());
  }

  @Test
  void aReusedArrayLongerThanTheBoundStillStopsAtTheBound() throws IOException {
    BoundedRead r = new BoundedRead(100, -1, new byte[1000]);
    r.fill(new ByteArrayInputStream(data(150)));
    assertEquals(100, r.size());
    assertArrayEquals(Arrays.copyOf(data(150), 100), r.bytes());
  }

  @Test
  void aReusedArrayTooShortIsReplacedAndGrowsAsBefore() throws IOException {
    byte[] reuse = new byte[10];
    BoundedRead r = new BoundedRead(100_000, 500, reuse);
    r.fill(trickle(data(70_000)));
    assertNotSame(reuse, r.array());
    assertArrayEquals(data(70_000), r.bytes());
    assertArrayEquals(new byte[10], reuse); // untouched
  }
}
