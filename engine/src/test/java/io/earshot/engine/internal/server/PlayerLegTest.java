package io.earshot.engine.internal.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.earshot.engine.internal.rtcp.SenderReport;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import org.junit.jupiter.api.Test;

/** A player leg numbers what it forwards itself, keeps it for NACKs, and reports as a sender. */
class PlayerLegTest {
  private static RtpPacket packet(int seq) {
    return new RtpPacket(false, 111, seq, 1000 + seq * 960L, 9, new byte[] {7, 7, 7, 7});
  }

  @Test
  void anUplinkGapLeavesNoGapOnTheLegAcrossTheWrap() throws Exception {
    PlayerLeg leg = new PlayerLeg();
    int[] uplink = {65533, 65534, 1, 2}; // 65535 and 0 were lost on the way to the relay
    int[] expected = {65533, 65534, 65535, 0};
    for (int i = 0; i < uplink.length; i++) {
      RtpPacket p = packet(uplink[i]);
      byte[] out = leg.forward(RtpPacketCodec.encode(p), p, i);
      RtpPacket sent = RtpPacketCodec.decode(out, 0, out.length);
      assertEquals(expected[i], sent.sequenceNumber());
      assertEquals(p.timestamp(), sent.timestamp(), "the frame keeps its timestamp");
      assertEquals(9, sent.ssrc());
    }
    assertEquals(9, leg.ssrc());
  }

  @Test
  void aNackIsAnsweredWithWhatWasSentUnderThatNumber() {
    PlayerLeg leg = new PlayerLeg();
    byte[] first = null;
    for (int seq = 100; seq < 110; seq++) {
      RtpPacket p = packet(seq);
      byte[] out = leg.forward(RtpPacketCodec.encode(p), p, seq);
      if (seq == 103) {
        first = out;
      }
    }
    assertArrayEquals(first, leg.resend(103));
    assertNull(leg.resend(110), "never sent");
    assertEquals(1, leg.retransmitted());
  }

  @Test
  void theSenderReportCountsTheLeg() {
    PlayerLeg leg = new PlayerLeg();
    assertNull(leg.report(1, 0), "nothing sent yet");
    for (int seq = 0; seq < 5; seq++) {
      RtpPacket p = packet(seq);
      leg.forward(RtpPacketCodec.encode(p), p, seq * 20_000_000L);
    }
    SenderReport sr = leg.report(0x1234_5678_9ABC_DEF0L, 4 * 20_000_000L + 10_000_000L);
    assertEquals(9, sr.senderSsrc());
    assertEquals(5, sr.packetCount());
    assertEquals(20, sr.octetCount());
    assertEquals(1000 + 4 * 960 + 480, sr.rtpTimestamp(), "the last one's, 10 ms on");
  }
}
