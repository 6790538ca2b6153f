package org.crawlsieve.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one parse at a time on a dedicated daemon thread and bounds its wall-clock time.
 *
 * <p>On timeout the parse is interrupted (parsers and {@link DeadlineHandler} check the flag). If
 * its thread is still running after a grace period, it is stopped with {@code Thread.stop} where
 * the JVM still supports that (Java 17-19): the only in-process way to end a thread stuck in a CPU
 * loop that never checks for interruption. Either way the slot gets a fresh thread for the next
 * parse, so one stuck document never blocks the next one. A thread that survives even that (Java
 * 20+, or a loop that catches {@code ThreadDeath}) is counted; once {@code maxStuck} are alive the
 * slot refuses further work ({@link Outcome#DISABLED}), bounding the CPU a task can lose to stuck
 * parses at {@code maxStuck} threads. Not thread-safe: one slot per extractor.
 */
final class ParseSlot implements AutoCloseable {
  private static final long IDLE_SECONDS = 30;

  /** How a parse ended. */
  enum Outcome {
    DONE,
    TIMEOUT,
    FAILED,
    DISABLED
  }

  /** The outcome, the value on {@link Outcome#DONE}, the error on {@link Outcome#FAILED}. */
  record Result<T>(Outcome outcome, T value, Throwable error) {}

  private final long graceMillis;
  private final int maxStuck;
  private final List<Thread> stuck = new ArrayList<>();
  private ExecutorService executor;
  private Thread worker;
  private int threadsMade;

  ParseSlot(long graceMillis, int maxStuck) {
    this.graceMillis = graceMillis;
    this.maxStuck = maxStuck;
  }

  <T> Result<T> run(Callable<T> task, long timeoutMillis) {
    stuck.removeIf(t -> !t.isAlive());
    if (stuck.size() >= maxStuck) {
      return new Result<>(Outcome.DISABLED, null, null);
    }
    if (executor == null) {
      // one thread that exits when idle, so slots of finished tasks leave no threads behind
      ThreadPoolExecutor pool =
          new ThreadPoolExecutor(
              1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), this::newThread);
      pool.allowCoreThreadTimeOut(true);
      executor = pool;
    }
    Future<T> future = executor.submit(task);
    try {
      return new Result<>(Outcome.DONE, future.get(timeoutMillis, TimeUnit.MILLISECONDS), null);
    } catch (TimeoutException e) {
      abandon(future);
      return new Result<>(Outcome.TIMEOUT, null, null);
    } catch (ExecutionException e) {
      return new Result<>(Outcome.FAILED, null, e.getCause());
    } catch (InterruptedException e) {
      abandon(future);
      Thread.currentThread().interrupt();
      return new Result<>(Outcome.TIMEOUT, null, null);
    }
  }

  /** Threads of abandoned parses still running. */
  int stuckThreads() {
    stuck.removeIf(t -> !t.isAlive());
    return stuck.size();
  }

  private Thread newThread(Runnable r) {
    Thread t =
        new Thread(r, "crawlsieve-tika-" + Integer.toHexString(hashCode()) + "-" + ++threadsMade);
    t.setDaemon(true); // never keeps the JVM alive
    worker = t;
    return t;
  }

  private void abandon(Future<?> future) {
    Thread t = worker;
    future.cancel(true);
    executor.shutdownNow();
    executor = null;
    worker = null;
    if (t == null) {
      return;
    }
    try {
      t.join(graceMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (t.isAlive()) {
      forceStop(t);
    }
    if (t.isAlive()) {
      stuck.add(t);
    }
  }

  @SuppressWarnings({"removal", "deprecation"})
  private void forceStop(Thread t) {
    try {
      // Deprecated because the stopped code may leave shared state inconsistent; the parse owns
      // its objects, and the alternative is a thread burning a core until the JVM exits.
      t.stop();
      t.join(graceMillis);
    } catch (UnsupportedOperationException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
      executor = null;
    }
  }
}
