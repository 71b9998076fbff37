package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.List;

/**
 * Fuzz target for {@link RtcpCompoundCodec#decode(byte[])}: any datagram either decodes or throws
 * {@link MalformedPacketException}, never anything else (no index, argument or arithmetic exception
 * from a lying count or length). Round trip: whatever decodes re-encodes, and the re-encoded
 * datagram decodes to equal packets. {@link RtpOrRtcp#classify} never throws and calls every
 * decodable datagram RTCP. Seeds: {@code RtcpCompoundCodecJazzerTestInputs/decode/}.
 */
class RtcpCompoundCodecJazzerTest {

  @FuzzTest
  void decode(byte[] datagram) throws MalformedPacketException {
    RtpOrRtcp kind = RtpOrRtcp.classify(datagram);
    List<RtcpPacket> packets;
    try {
      packets = RtcpCompoundCodec.decode(datagram);
    } catch (MalformedPacketException expected) {
      return;
    }
    assertFalse(packets.isEmpty(), "a decoded datagram holds at least one packet");
    assertEquals(RtpOrRtcp.RTCP, kind, "classify must agree with a successful decode");
    RtcpCompoundCodec.isStandardCompound(packets);

    byte[] encoded = RtcpCompoundCodec.encode(packets);
    List<RtcpPacket> again = RtcpCompoundCodec.decode(encoded);
    assertEquals(packets, again, "decode(encode(decode(x))) == decode(x)");
    // The encoding is canonical: a datagram the encoder wrote encodes to the same bytes again.
    assertArrayEquals(encoded, RtcpCompoundCodec.encode(again));
  }
}
