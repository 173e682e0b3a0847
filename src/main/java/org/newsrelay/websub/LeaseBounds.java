package org.newsrelay.websub;

import java.time.Duration;

/** How long a subscription may run before it is renewed, as our hub grants it. */
public final class LeaseBounds {
  public static final int MIN_SECONDS = 300;
  public static final int MAX_SECONDS = (int) Duration.ofDays(30).toSeconds();

  /** What the hub grants when a subscriber does not ask. */
  public static final int DEFAULT_SECONDS = (int) Duration.ofDays(10).toSeconds();

  private LeaseBounds() {}

  public static boolean within(long seconds) {
    return seconds >= MIN_SECONDS && seconds <= MAX_SECONDS;
  }
}
