package org.newsrelay.http;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * Cancels exchanges that outlive their deadline, which drops their connection. Socket timeouts only
 * bound the silence between two packets: a server answering a byte a second would never trip them.
 * One thread serves every exchange of a client.
 */
public final class Watchdog implements AutoCloseable {
  private final ScheduledExecutorService timer;

  public Watchdog(String threadName) {
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Cancels {@code request} in {@code nanos} unless the alarm is disarmed first. */
  public Alarm arm(Cancellable request, long nanos) {
    AtomicBoolean rang = new AtomicBoolean();
    ScheduledFuture<?> future =
        timer.schedule(
            () -> {
              rang.set(true);
              request.cancel();
            },
            nanos,
            TimeUnit.NANOSECONDS);
    return new Alarm(rang, future);
  }

  /** One exchange's deadline. */
  public static final class Alarm {
    private final AtomicBoolean rang;
    private final ScheduledFuture<?> future;

    private Alarm(AtomicBoolean rang, ScheduledFuture<?> future) {
      this.rang = rang;
      this.future = future;
    }

    /** Whether the deadline passed and the exchange was cancelled. */
    public boolean rang() {
      return rang.get();
    }

    public void disarm() {
      future.cancel(false);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
