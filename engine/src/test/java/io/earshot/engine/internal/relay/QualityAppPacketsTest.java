package io.earshot.engine.internal.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.StreamQualityLevel;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.ReceiverReport;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtcp.RtcpPacket;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earshot's own APP packets (ERSL, ERSQ, ERSF) through the RTCP codec, and what they refuse. */
class QualityAppPacketsTest {
  private static AppPacket roundTrip(AppPacket app) throws MalformedPacketException {
    byte[] wire = RtcpCompoundCodec.encode(List.of(new ReceiverReport(1, List.of()), app));
    List<RtcpPacket> back = RtcpCompoundCodec.decode(wire);
    return (AppPacket) back.get(1);
  }

  @Test
  void levelReportRoundTrips() throws Exception {
    LevelReport r = new LevelReport(StreamQualityLevel.GOOD, StreamQualityLevel.DIE, 123);
    assertEquals(r, LevelReport.decode(roundTrip(r.encode(77))).orElseThrow());
  }

  @Test
  void publisherSideRoundTripsToTheMillionth() throws Exception {
    PublisherSide s =
        new PublisherSide(
            0xFFFF_FFFFL, 0.052341, 80, 3, StreamQualityLevel.BAD, StreamQualityLevel.UNKNOWN, 2);
    PublisherSide back = PublisherSide.decode(roundTrip(s.encode())).orElseThrow();
    assertEquals(s.ssrc(), back.ssrc());
    assertEquals(0.052341, back.uplinkLoss(), 1e-6);
    assertEquals(80, back.publisherRttMillis());
    assertEquals(3, back.dwellMillis());
    assertEquals(StreamQualityLevel.BAD, back.up());
    assertEquals(StreamQualityLevel.UNKNOWN, back.down());
    assertEquals(2, back.missedHeartbeats());
  }

  @Test
  void playersLossRoundTrips() throws Exception {
    PlayersLoss l = new PlayersLoss(42, 0.125);
    assertEquals(l, PlayersLoss.decode(roundTrip(l.encode())).orElseThrow());
  }

  @Test
  void otherAppPacketsAndMalformedOnesAreNotTakenForThem() {
    assertTrue(LevelReport.decode(new AppPacket(0, 1, "ERSQ", new byte[8])).isEmpty());
    assertTrue(LevelReport.decode(new AppPacket(0, 1, "ERSL", new byte[4])).isEmpty());
    assertTrue(LevelReport.decode(new AppPacket(1, 1, "ERSL", new byte[8])).isEmpty());
    byte[] badLevel = {9, 0, 0, 0, 0, 0, 0, 0};
    assertTrue(LevelReport.decode(new AppPacket(0, 1, "ERSL", badLevel)).isEmpty());
    byte[] overOne = {0x00, 0x0F, 0x42, 0x41}; // 1 000 001 millionths
    assertTrue(PlayersLoss.decode(new AppPacket(0, 1, "ERSF", overOne)).isEmpty());
    assertTrue(PublisherSide.decode(new AppPacket(0, 1, "ERSQ", new byte[12])).isEmpty());
  }

  @Test
  void outOfRangeValuesAreRefusedWhenMade() {
    assertThrows(IllegalArgumentException.class, () -> new PlayersLoss(1, 1.5));
    assertThrows(
        IllegalArgumentException.class, () -> new LevelReport(StreamQualityLevel.GOOD, null, 0));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new PublisherSide(1, -0.1, 0, 0, StreamQualityLevel.GOOD, StreamQualityLevel.GOOD, 0));
  }
}
