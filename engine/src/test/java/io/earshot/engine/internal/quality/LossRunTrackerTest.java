package io.earshot.engine.internal.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LossRunTrackerTest {
  private final LossRunTracker tracker = new LossRunTracker();

  private void feed(String slots) {
    for (char c : slots.toCharArray()) {
      tracker.record(c == 'R');
    }
  }

  @Test
  void nothingLostIsBurstRatioOne() {
    feed("RRRRR");
    LossRunStats s = tracker.cumulative();
    assertEquals(new LossRunStats(5, 0, 0), s);
    assertEquals(0, s.ppl());
    assertEquals(0, s.meanRunLength());
    assertEquals(1, s.burstR());
    assertEquals(1, LossRunStats.EMPTY.burstR());
  }

  @Test
  void exactSmallSequence() {
    feed("RRLLLRRLRR");
    LossRunStats s = tracker.cumulative();
    assertEquals(new LossRunStats(10, 4, 2), s);
    assertEquals(40, s.ppl(), 1e-12);
    assertEquals(2, s.meanRunLength(), 1e-12);
    assertEquals(2 * 0.6, s.burstR(), 1e-12);
  }

  @Test
  void isolatedLossesAtHighRateAreLessBurstyThanRandom() {
    feed("RLRLRLRL");
    assertEquals(0.5, tracker.cumulative().burstR(), 1e-12);
  }

  @Test
  void everythingLostIsTheFormulasLimitZero() {
    feed("LLLL");
    assertEquals(new LossRunStats(4, 4, 1), tracker.cumulative());
    assertEquals(0, tracker.cumulative().burstR(), 1e-12);
  }

  @Test
  void aRunAcrossAnIntervalBoundaryCountsInBoth() {
    feed("RLL");
    assertEquals(new LossRunStats(3, 2, 1), tracker.takeInterval());
    feed("LRRL");
    assertEquals(new LossRunStats(4, 2, 2), tracker.takeInterval());
    feed("RR");
    assertEquals(new LossRunStats(2, 0, 0), tracker.takeInterval());
    assertEquals(LossRunStats.EMPTY, tracker.takeInterval());
    assertEquals(new LossRunStats(9, 4, 2), tracker.cumulative());
  }

  @Test
  void aReceivedSlotAtTheBoundaryEndsTheRun() {
    feed("LL");
    tracker.takeInterval();
    feed("RL");
    assertEquals(new LossRunStats(2, 1, 1), tracker.takeInterval());
    assertEquals(new LossRunStats(4, 3, 2), tracker.cumulative());
  }

  /** §3.3: 8 % loss in bursts of 3 on average (r = 1/3, p = 0.08·r/0.92) → BurstR 2.76. */
  @Test
  void gilbertSourceGivesOneOverPPlusR() {
    double r = 1.0 / 3;
    double p = 0.08 * r / 0.92;
    assertEquals(2.76, 1 / (p + r), 1e-9);
    Random random = new Random(20_240_601L);
    boolean lost = false;
    for (int i = 0; i < 2_000_000; i++) {
      lost = lost ? random.nextDouble() >= r : random.nextDouble() < p;
      tracker.record(!lost);
    }
    LossRunStats s = tracker.cumulative();
    // About 53 000 runs: the standard error of the mean run is about 0.011.
    assertEquals(8.0, s.ppl(), 0.15);
    assertEquals(3.0, s.meanRunLength(), 0.04);
    assertEquals(2.76, s.burstR(), 0.04);
  }

  @Test
  void independentLossIsBurstRatioOne() {
    Random random = new Random(99L);
    for (int i = 0; i < 1_000_000; i++) {
      tracker.record(random.nextDouble() >= 0.05);
    }
    assertEquals(1.0, tracker.cumulative().burstR(), 0.02);
  }

  @Test
  void statsRefuseInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> new LossRunStats(3, 4, 1));
    assertThrows(IllegalArgumentException.class, () -> new LossRunStats(3, 2, 0));
    assertThrows(IllegalArgumentException.class, () -> new LossRunStats(3, 1, 2));
  }
}
