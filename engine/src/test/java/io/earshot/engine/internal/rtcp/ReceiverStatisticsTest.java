package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReceiverStatisticsTest {
  private static final long MS = 1_000_000L;
  private final ReceiverStatistics stats = new ReceiverStatistics(0x1234);

  /** Feeds {@code seq} as a 20 ms frame sent on time and arriving on time. */
  private boolean feed(int seq) {
    return stats.onPacket(seq & 0xFFFF, 960L * seq & 0xFFFF_FFFFL, 20 * MS * seq);
  }

  @Test
  void theFirstPacketIsInNeitherExpectedNorReceived() {
    assertFalse(feed(100));
    assertFalse(stats.isValid());
    assertEquals(0, stats.expected());
    assertEquals(0, stats.received());
    assertTrue(feed(101));
    assertTrue(stats.isValid());
    assertEquals(1, stats.expected());
    assertEquals(1, stats.received());
    assertEquals(101, stats.extendedHighestSequence());
  }

  @Test
  void probationStartsOverWhenTheFirstPacketsAreNotInSequence() {
    feed(10);
    assertFalse(feed(12));
    assertFalse(stats.isValid());
    assertTrue(feed(13)); // 12 then 13 are two in sequence
    feed(15);
    assertEquals(3, stats.expected()); // 13..15
    assertEquals(2, stats.received());
    assertEquals(1, stats.cumulativeLost());
  }

  @Test
  void probationAcceptsAStartAcrossTheWrap() {
    feed(65535);
    assertTrue(feed(0)); // validation re-bases on 0, so no cycle is counted yet
    assertEquals(0, stats.extendedHighestSequence());
    assertEquals(1, stats.expected());
  }

  @Test
  void wrapsCountCycles() {
    for (int s = 65530; s < 65536 + 6; s++) {
      feed(s);
    }
    assertEquals(65536 + 5, stats.extendedHighestSequence());
    assertEquals(11, stats.expected()); // 65531..65541
    assertEquals(11, stats.received());
    assertEquals(0, stats.cumulativeLost());
  }

  @Test
  void gapsBelowMaxDropoutAreLoss() {
    feed(0);
    feed(1);
    feed(2999); // 2998 ahead: still a gap, not a jump
    assertEquals(2999, stats.expected());
    assertEquals(2, stats.received());
    assertEquals(2997, stats.cumulativeLost());
  }

  @Test
  void duplicatesMakeLossNegative() {
    feed(0);
    feed(1);
    feed(2);
    feed(2);
    feed(2);
    assertEquals(2, stats.expected());
    assertEquals(4, stats.received());
    assertEquals(-2, stats.cumulativeLost());
    ReportBlock block = stats.reportBlock(LossSnapshot.NONE, 0);
    assertEquals(-2, block.cumulativeLost());
    assertEquals(0, block.fractionLost());
  }

  @Test
  void reorderingLosesNothingOnceTheLatePacketArrives() {
    for (int s : new int[] {1, 2, 3, 5, 4, 6}) {
      feed(s);
    }
    assertEquals(6, stats.extendedHighestSequence());
    assertEquals(5, stats.expected());
    assertEquals(5, stats.received());
    // A packet from before the base (reordered across validation) counts but is not expected.
    feed(1);
    assertEquals(-1, stats.cumulativeLost());
  }

  @Test
  void aSingleJumpIsDroppedAndTheStreamGoesOn() {
    feed(1000);
    feed(1001);
    assertFalse(feed(40_000));
    assertTrue(feed(1002));
    assertEquals(1002, stats.extendedHighestSequence());
    assertEquals(2, stats.received());
  }

  @Test
  void twoAgreeingJumpsRestartTheSource() {
    feed(1000);
    feed(1001);
    feed(1002);
    LossSnapshot before = stats.snapshot();
    assertFalse(feed(40_000));
    assertTrue(feed(40_001));
    assertEquals(40_001, stats.extendedHighestSequence());
    assertEquals(1, stats.expected());
    assertEquals(1, stats.received());
    feed(40_003);
    IntervalLoss interval = IntervalLoss.between(before, stats.snapshot());
    assertEquals(3, interval.expected()); // the new numbering only: 40001..40003
    assertEquals(1, interval.lost());
  }

  @Test
  void specIntervalExample() {
    feed(0);
    feed(1);
    LossSnapshot prior = stats.snapshot();
    // 150 expected in the interval, 9 of them missing.
    for (int s = 2; s < 152; s++) {
      if (s % 16 != 0 || s > 144) {
        feed(s);
      }
    }
    IntervalLoss interval = IntervalLoss.between(prior, stats.snapshot());
    assertEquals(150, interval.expected());
    assertEquals(141, interval.received());
    assertEquals(9, interval.lost());
    assertEquals(15, interval.fractionLost());
    assertEquals(0.06, interval.lossRate(), 1e-12);
    assertEquals(15, stats.reportBlock(prior, 0).fractionLost());
  }

  @Test
  void intervalFiguresClampAndSaturate() {
    assertEquals(255, new IntervalLoss(10, 0).fractionLost());
    assertEquals(1.0, new IntervalLoss(10, 0).lossRate());
    assertEquals(0.0, new IntervalLoss(10, 12).lossRate());
    assertEquals(0, new IntervalLoss(0, 0).fractionLost());
    assertEquals(0.0, new IntervalLoss(0, 3).lossRate());
  }

  @Test
  void cumulativeLostSaturatesInTheReportBlock() {
    feed(0);
    feed(1);
    int seq = 1;
    for (int i = 0; i < 2900; i++) {
      seq = (seq + 2999) & 0xFFFF; // 2998 lost each time
      stats.onPacket(seq, 0, 0);
    }
    assertEquals(2900L * 2998, stats.cumulativeLost());
    assertEquals(0x7FFFFF, stats.reportBlock(LossSnapshot.NONE, 0).cumulativeLost());
  }

  @Test
  void specJitterVector() {
    long[] arrivalsMs = {0, 20, 45, 60};
    long[] units = {0, 0, 15, 29};
    double[] millis = {0, 0, 0.3125, 0.60546875};
    for (int i = 0; i < 4; i++) {
      stats.onPacket(i, 960L * i, arrivalsMs[i] * MS);
      assertEquals(units[i], stats.jitterUnits(), "after packet " + i);
      assertEquals(millis[i], stats.jitterMillis(), 1e-12, "after packet " + i);
    }
  }

  @Test
  void rtpTimestampWrapIsNoJitter() {
    long start = 0xFFFF_FFFFL - 960 * 2;
    for (int i = 0; i < 6; i++) {
      stats.onPacket(i, (start + 960L * i) & 0xFFFF_FFFFL, 20 * MS * i);
    }
    assertEquals(0, stats.jitterUnits());
  }

  @Test
  void constantDelayIsNoJitterButAlternatingDelayIs() {
    for (int i = 0; i < 50; i++) {
      stats.onPacket(i, 960L * i, 20 * MS * i + 73 * MS);
    }
    assertEquals(0, stats.jitterUnits());
    for (int i = 50; i < 2000; i++) {
      stats.onPacket(i, 960L * i, 20 * MS * i + (i % 2 == 0 ? 0 : 10 * MS));
    }
    // |D| is always 10 ms = 480 units; the estimator converges on it.
    assertEquals(480, stats.jitterUnits(), 1);
  }

  @Test
  void arrivalTimesConvertToTheOpusClock() {
    assertEquals(2160, ReceiverStatistics.toRtpUnits(45 * MS));
    assertEquals(48_000L * 86_400 * 30, ReceiverStatistics.toRtpUnits(86_400L * 30 * 1000 * MS));
    assertEquals(-48, ReceiverStatistics.toRtpUnits(-MS));
  }

  @Test
  void reportBlockCarriesLsrAndDlsr() {
    feed(0);
    feed(1);
    ReportBlock none = stats.reportBlock(LossSnapshot.NONE, 10 * MS);
    assertEquals(0, none.lastSenderReport());
    assertEquals(0, none.delaySinceLastSenderReport());
    long ntp = 0xE8E3_C2A1_8000_0000L;
    stats.onSenderReport(ntp, 100 * MS);
    ReportBlock block = stats.reportBlock(LossSnapshot.NONE, 600 * MS);
    assertEquals(0x1234, block.ssrc());
    assertEquals(0xC2A1_8000L, block.lastSenderReport());
    assertEquals(32_768, block.delaySinceLastSenderReport());
    assertEquals(1, block.extendedHighestSequence());
    assertThrows(IllegalArgumentException.class, () -> stats.reportBlock(LossSnapshot.NONE, 0));
  }

  @Test
  void rejectsOutOfRangeInput() {
    assertThrows(IllegalArgumentException.class, () -> stats.onPacket(65536, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> stats.onPacket(0, -1, 0));
  }
}
