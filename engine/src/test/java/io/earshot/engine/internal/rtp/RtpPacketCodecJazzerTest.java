package io.earshot.engine.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Fuzz target for {@link RtpPacketCodec#decode}: any datagram either decodes or throws {@link
 * MalformedPacketException}, never anything else, and gives the same answer when it sits inside a
 * larger array. A decoded packet re-encodes to the fixed header plus the same payload and decodes
 * back equal; {@link RtpPacketCodec#looksLikeRtp} never throws. Seeds and crash reproducers live in
 * {@code RtpPacketCodecJazzerTestInputs/decode/} (README, "Fuzzing").
 */
class RtpPacketCodecJazzerTest {
  private static final int OFFSET = 3;

  @FuzzTest
  void decode(byte[] datagram) throws MalformedPacketException {
    RtpPacketCodec.looksLikeRtp(datagram, 0, datagram.length);
    byte[] framed = new byte[datagram.length + 2 * OFFSET];
    Arrays.fill(framed, (byte) 0xA5);
    System.arraycopy(datagram, 0, framed, OFFSET, datagram.length);
    RtpPacket packet;
    try {
      packet = RtpPacketCodec.decode(datagram, 0, datagram.length);
    } catch (MalformedPacketException e) {
      assertThrows(
          MalformedPacketException.class,
          () -> RtpPacketCodec.decode(framed, OFFSET, datagram.length));
      return;
    }
    assertEquals(packet, RtpPacketCodec.decode(framed, OFFSET, datagram.length));
    assertTrue(packet.payloadLength() <= datagram.length - RtpPacketCodec.FIXED_HEADER_BYTES);

    byte[] encoded = RtpPacketCodec.encode(packet);
    assertEquals(RtpPacketCodec.FIXED_HEADER_BYTES + packet.payloadLength(), encoded.length);
    assertEquals(packet, RtpPacketCodec.decode(encoded, 0, encoded.length));
    // Marker, payload type, sequence number, timestamp and SSRC come from the fixed header,
    // whatever
    // CSRCs, extension or padding follow it.
    assertArrayEquals(Arrays.copyOfRange(datagram, 1, 12), Arrays.copyOfRange(encoded, 1, 12));
  }
}
