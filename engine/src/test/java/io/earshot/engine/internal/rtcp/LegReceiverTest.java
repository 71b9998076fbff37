package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.rtp.RtpPacket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loss before recovery beside RFC 3550's counts, NACK bookkeeping and loss runs. */
class LegReceiverTest {
  private static final long MS = 1_000_000L;

  private static RtpPacket packet(int seq) {
    return new RtpPacket(false, 111, seq, seq * 960L, 5, new byte[] {1, 2, 3});
  }

  @Test
  void aRetransmissionUndoesTheRfcLossButNotTheLossBeforeRecovery() {
    LegReceiver leg = new LegReceiver(5);
    Set<Integer> dropped = Set.of(10, 11, 40, 70, 71);
    for (int seq = 0; seq < 100; seq++) {
      if (!dropped.contains(seq)) {
        assertFalse(leg.onPacket(packet(seq), 15, seq * 20 * MS));
      }
    }
    List<Integer> due = leg.nacks().due(100 * 20 * MS, 0, 10_000 * MS);
    assertEquals(List.of(10, 11, 40, 70, 71), due);
    assertTrue(leg.onPacket(packet(10), 15, 2001 * MS), "asked for, so a recovery");
    assertTrue(leg.onPacket(packet(40), 15, 2002 * MS));
    assertEquals(3, leg.statistics().cumulativeLost(), "RFC 3550 counts the retransmissions");
    assertEquals(0.05, leg.lossBeforeRecoverySince(LegReceiver.Mark.NONE), 1e-12, "5 of 0..99");
    ReportBlock block = leg.reportBlock(2003 * MS);
    assertEquals(12, block.fractionLost(), "floor(0.05 * 256), before recovery");
    assertEquals(3, block.cumulativeLost());
    assertEquals(2, leg.retransmissions());
    assertEquals(97, leg.packets());
    assertEquals(97 * 15, leg.bytes());
  }

  @Test
  void lossRunsBeforeRecoveryGiveTheBurstRatio() {
    LegReceiver leg = new LegReceiver(5);
    for (int seq = 0; seq < 200; seq++) {
      boolean lost = seq % 40 >= 36; // runs of 4, 10 %
      if (!lost) {
        leg.onPacket(packet(seq), 15, seq * 20 * MS);
      }
    }
    var runs = leg.firstTimeRuns();
    assertEquals(16, runs.lost(), "four runs of four before the last packet");
    assertEquals(4, runs.runs());
    assertTrue(runs.burstR() > 3, "mean run 4 at about 9 % loss: " + runs.burstR());
  }

  @Test
  void noBlockForALegNotHeardSinceTheLastReport() {
    LegReceiver leg = new LegReceiver(5);
    for (int seq = 0; seq < 10; seq++) {
      leg.onPacket(packet(seq), 15, seq * 20 * MS);
    }
    assertTrue(leg.heardSinceReport());
    leg.reportBlock(300 * MS);
    assertFalse(leg.heardSinceReport(), "silent since: no block claiming no loss");
    leg.onPacket(packet(10), 15, 400 * MS);
    assertTrue(leg.heardSinceReport());
  }
}
