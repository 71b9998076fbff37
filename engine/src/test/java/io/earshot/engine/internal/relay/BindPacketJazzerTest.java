package io.earshot.engine.internal.relay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.earshot.engine.internal.rtcp.AppPacket;
import io.earshot.engine.internal.rtcp.RtcpCompoundCodec;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Fuzz target for {@link BindPacket#decode}, which the relay runs on every RTCP datagram from
 * anyone: it never throws, and a datagram it accepts is exactly what {@link BindPacket#encode}
 * writes for that token (the sender SSRC aside) and a well-formed RTCP APP "ERSH" packet whose data
 * is the token. Seeds: {@code BindPacketJazzerTestInputs/decode/}.
 */
class BindPacketJazzerTest {

  @FuzzTest
  void decode(byte[] datagram) throws MalformedPacketException {
    boolean rtcp = BindPacket.isRtcp(datagram);
    OptionalLong token = BindPacket.decode(datagram);
    if (token.isEmpty()) {
      return;
    }
    assertTrue(rtcp, "a bind packet is RTCP");
    long mediaToken = token.getAsLong();
    byte[] canonical = BindPacket.encode(mediaToken);
    byte[] withoutSsrc = datagram.clone();
    Arrays.fill(withoutSsrc, 4, 8, (byte) 0);
    assertArrayEquals(canonical, withoutSsrc);

    List<?> packets = RtcpCompoundCodec.decode(datagram);
    assertEquals(1, packets.size());
    AppPacket app = assertInstanceOf(AppPacket.class, packets.get(0));
    assertEquals("ERSH", app.name());
    assertEquals(mediaToken, ByteBuffer.wrap(app.data()).getInt() & 0xFFFF_FFFFL);
  }
}
