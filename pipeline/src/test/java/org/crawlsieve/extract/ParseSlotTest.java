package org.crawlsieve.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The time bound really ends a stuck parse, and a slot survives it. */
class ParseSlotTest {

  /** Spins without ever looking at the interrupt flag, like a parser stuck in a loop. */
  private static long spin(AtomicBoolean stop) {
    long x = 0;
    while (!stop.get()) {
      x = x * 31 + 7;
    }
    return x;
  }

  @Test
  void cpuLoopIgnoringInterruptsIsStoppedAndSlotKeepsWorking() throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Thread> spinner = new AtomicReference<>();
    try (ParseSlot slot = new ParseSlot(200, 2)) {
      long t0 = System.nanoTime();
      ParseSlot.Result<Long> r =
          slot.run(
              () -> {
                spinner.set(Thread.currentThread());
                return spin(stop);
              },
              300);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(ParseSlot.Outcome.TIMEOUT, r.outcome());
      assertTrue(millis < 3_000, "took " + millis + " ms");
      spinner.get().join(2_000);
      // Java 17-19 can stop the thread; later JVMs leave it counted as stuck
      if (Runtime.version().feature() < 20) {
        assertFalse(spinner.get().isAlive(), "stuck thread still running");
        assertEquals(0, slot.stuckThreads());
      }
      ParseSlot.Result<String> next = slot.run(() -> "fine", 1_000);
      assertEquals(ParseSlot.Outcome.DONE, next.outcome());
      assertEquals("fine", next.value());
    } finally {
      stop.set(true);
    }
  }

  @Test
  void threadsThatSurviveStoppingDisableTheSlot() {
    AtomicBoolean stop = new AtomicBoolean();
    try (ParseSlot slot = new ParseSlot(100, 1)) {
      ParseSlot.Result<Long> r = slot.run(() -> stubborn(stop), 200);
      assertEquals(ParseSlot.Outcome.TIMEOUT, r.outcome());
      assertEquals(1, slot.stuckThreads());
      assertEquals(ParseSlot.Outcome.DISABLED, slot.run(() -> "x", 1_000).outcome());
    } finally {
      stop.set(true);
    }
  }

  /** Swallows every attempt to end it until the test lets it go. */
  @SuppressWarnings("removal")
  private static long stubborn(AtomicBoolean stop) {
    long x = 0;
    while (!stop.get()) {
      try {
        x += spin(stop);
      } catch (ThreadDeath swallowed) {
        // a misbehaving parser
      }
    }
    return x;
  }

  @Test
  void failuresAreReportedNotThrown() {
    try (ParseSlot slot = new ParseSlot(100, 1)) {
      ParseSlot.Result<String> r =
          slot.run(
              () -> {
                throw new IllegalStateException("bad document");
              },
              1_000);
      assertEquals(ParseSlot.Outcome.FAILED, r.outcome());
      assertEquals("bad document", r.error().getMessage());
    }
  }
}
