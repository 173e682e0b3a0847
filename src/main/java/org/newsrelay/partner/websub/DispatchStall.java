package org.newsrelay.partner.websub;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Notices a dispatcher that has stopped moving: a cycle asked for long ago and not begun (every
 * thread of the WebSub executor busy), or a cycle running far longer than any of its statements
 * may. It is logged with what the executor's threads are doing (a stall otherwise shows only as
 * subscribers who hear nothing), and a lost wake-up is asked for again.
 */
final class DispatchStall {
  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  /** A cycle waiting or running this long is stalled: each statement has its own time limit. */
  static final long STALLED_NANOS = 60_000_000_000L;

  /** Once a minute at most. */
  private static final long REPORT_EVERY_NANOS = 60_000_000_000L;

  private final long stalledNanos;
  private volatile long askedAt;
  private volatile long startedAt;
  private volatile long reportedAt = System.nanoTime() - REPORT_EVERY_NANOS;

  DispatchStall() {
    this(STALLED_NANOS);
  }

  DispatchStall(long stalledNanos) {
    this.stalledNanos = stalledNanos;
  }

  void asked() {
    askedAt = System.nanoTime();
  }

  void started() {
    startedAt = System.nanoTime();
  }

  void ended() {
    startedAt = 0;
  }

  /**
   * @param waiting a cycle is asked for and has not begun
   * @param running a cycle is running
   */
  /**
   * @return whether a cycle was asked for long ago and has not begun while none runs: its wake-up
   *     is lost or waits behind a full executor, and should be asked for again
   */
  boolean check(boolean waiting, boolean running, int outstanding, int verifying) {
    long now = System.nanoTime();
    String what = null;
    long since = 0;
    boolean lost = false;
    if (running && startedAt != 0 && now - startedAt > stalledNanos) {
      what = "a dispatch cycle has been running";
      since = now - startedAt;
    } else if (waiting && now - askedAt > stalledNanos) {
      what = "a dispatch cycle asked for has not begun";
      since = now - askedAt;
      lost = !running;
    }
    if (what == null || now - reportedAt < REPORT_EVERY_NANOS) {
      return lost;
    }
    reportedAt = now;
    LOG.log(
        Level.WARNING,
        "WebSub dispatch is stalled: {0} for {1} s ({2} deliveries and {3} verifications in"
            + " flight). The executor''s threads: {4}",
        new Object[] {what, since / 1_000_000_000L, outstanding, verifying, threads()});
    return lost;
  }

  /** The WebSub executor's threads, those with the same stack counted once. */
  private static String threads() {
    Map<String, Integer> stacks = new LinkedHashMap<>();
    Thread.getAllStackTraces()
        .forEach(
            (thread, frames) -> {
              if (thread.getName().contains("newsrelay-websub")) {
                String top =
                    Stream.of(frames)
                        .limit(12)
                        .map(StackTraceElement::toString)
                        .collect(Collectors.joining(" < "));
                stacks.merge(thread.getState() + " " + top, 1, Integer::sum);
              }
            });
    return stacks.entrySet().stream()
        .map(e -> e.getValue() + " x " + e.getKey())
        .collect(Collectors.joining(" ||| "));
  }
}
