package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.RtpPacketCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpOrRtcpTest {

  @Test
  void opusRtpIsRtpWithAndWithoutMarker() {
    for (boolean marker : new boolean[] {false, true}) {
      byte[] rtp = RtpPacketCodec.encode(new RtpPacket(marker, 111, 1, 2, 3, new byte[3]));
      assertEquals(RtpOrRtcp.RTP, RtpOrRtcp.classify(rtp));
    }
  }

  @Test
  void everyRtcpTypeIsRtcp() {
    for (int type = 192; type <= 223; type++) {
      assertEquals(RtpOrRtcp.RTCP, RtpOrRtcp.classify(new byte[] {(byte) 0x80, (byte) type, 0, 0}));
    }
    assertEquals(
        RtpOrRtcp.RTCP,
        RtpOrRtcp.classify(RtcpCompoundCodec.encode(BindPacket.encode(1, 1, new byte[16]))));
    byte[] compound = RtcpCompoundCodec.encode(List.of(new ReceiverReport(1, List.of())));
    assertEquals(RtpOrRtcp.RTCP, RtpOrRtcp.classify(compound));
  }

  @Test
  void rtpTypes72To76WithoutMarkerAreForbiddenNotRtcp() {
    // RFC 5761: RTP payload types 64..95 would collide with RTCP once the marker is set.
    for (int pt = 64; pt <= 95; pt++) {
      byte[] d = new byte[12];
      d[0] = (byte) 0x80;
      d[1] = (byte) pt;
      assertEquals(RtpOrRtcp.OTHER, RtpOrRtcp.classify(d), "PT " + pt);
    }
  }

  @Test
  void shortOrForeignDatagramsAreOther() {
    assertEquals(RtpOrRtcp.OTHER, RtpOrRtcp.classify(new byte[0]));
    assertEquals(RtpOrRtcp.OTHER, RtpOrRtcp.classify(new byte[] {(byte) 0x80, (byte) 200, 0}));
    assertEquals(RtpOrRtcp.OTHER, RtpOrRtcp.classify(new byte[] {(byte) 0x80, 111, 0, 0, 0, 0}));
    byte[] stun = new byte[20]; // STUN starts with two zero bits
    stun[1] = 1;
    assertEquals(RtpOrRtcp.OTHER, RtpOrRtcp.classify(stun));
    byte[] dtls = new byte[13];
    dtls[0] = 22;
    assertEquals(RtpOrRtcp.OTHER, RtpOrRtcp.classify(dtls));
  }

  @Test
  void classifiesARangeInsideALargerBuffer() {
    byte[] d = {9, 9, (byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 7, 9};
    assertEquals(RtpOrRtcp.RTCP, RtpOrRtcp.classify(d, 2, 8));
  }
}
