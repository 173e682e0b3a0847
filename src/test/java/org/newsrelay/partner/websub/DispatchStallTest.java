package org.newsrelay.partner.websub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DispatchStallTest {
  private static final long MILLI = 1_000_000L;

  @Test
  void aWakeUpAskedForLongAgoThatNeverBeganIsAskedForAgain() throws Exception {
    DispatchStall stall = new DispatchStall(5 * MILLI);
    stall.asked();
    assertFalse(stall.check(true, false, 0, 0), "not yet stalled");
    Thread.sleep(20);
    assertTrue(stall.check(true, false, 0, 0), "asked for and never begun");
    assertFalse(stall.check(true, true, 0, 0), "a running cycle will ask again itself");
    assertFalse(stall.check(false, false, 0, 0), "nothing asked for");
  }

  @Test
  void aLongCycleIsReportedButNotRestarted() throws Exception {
    DispatchStall stall = new DispatchStall(5 * MILLI);
    stall.started();
    Thread.sleep(20);
    assertFalse(stall.check(false, true, 3, 1));
    stall.ended();
    assertFalse(stall.check(false, false, 0, 0));
  }
}
