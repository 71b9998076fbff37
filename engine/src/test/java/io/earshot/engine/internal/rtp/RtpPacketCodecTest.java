package io.earshot.engine.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RtpPacketCodecTest {
  private static final byte[] FIXED_HEADER =
      bytes(0x80, 0x6F, 0x12, 0x34, 0xDE, 0xAD, 0xBE, 0xEF, 0xCA, 0xFE, 0xBA, 0xBE);

  @Test
  void decodesKnownHeaderBytes() throws Exception {
    byte[] datagram = concat(FIXED_HEADER, bytes(1, 2, 3));
    RtpPacket p = RtpPacketCodec.decode(datagram, 0, datagram.length);
    assertFalse(p.marker());
    assertEquals(111, p.payloadType());
    assertEquals(0x1234, p.sequenceNumber());
    assertEquals(0xDEADBEEFL, p.timestamp());
    assertEquals(0xCAFEBABEL, p.ssrc());
    assertArrayEquals(bytes(1, 2, 3), p.payload());
  }

  @Test
  void encodesKnownHeaderBytes() {
    RtpPacket p = new RtpPacket(false, 111, 0x1234, 0xDEADBEEFL, 0xCAFEBABEL, bytes(1, 2, 3));
    assertArrayEquals(concat(FIXED_HEADER, bytes(1, 2, 3)), RtpPacketCodec.encode(p));
  }

  @Test
  void markerBitIsTheTopBitOfTheSecondByte() throws Exception {
    RtpPacket p = new RtpPacket(true, 111, 7, 0, 0, new byte[0]);
    byte[] d = RtpPacketCodec.encode(p);
    assertEquals(0xEF, d[1] & 0xFF);
    RtpPacket back = RtpPacketCodec.decode(d, 0, d.length);
    assertTrue(back.marker());
    assertEquals(111, back.payloadType());
  }

  @Test
  void roundTripsExtremeFieldValues() throws Exception {
    RtpPacket p = new RtpPacket(true, 127, 65535, 0xFFFFFFFFL, 0xFFFFFFFFL, bytes(0, 0xFF, 0x80));
    byte[] d = RtpPacketCodec.encode(p);
    assertEquals(p, RtpPacketCodec.decode(d, 0, d.length));
    RtpPacket zero = new RtpPacket(false, 0, 0, 0, 0, new byte[0]);
    byte[] z = RtpPacketCodec.encode(zero);
    assertEquals(12, z.length);
    assertEquals(zero, RtpPacketCodec.decode(z, 0, z.length));
  }

  @Test
  void decodesFromAnOffsetWithinALargerBuffer() throws Exception {
    byte[] d = concat(bytes(9, 9, 9), FIXED_HEADER, bytes(5, 6), bytes(9, 9));
    RtpPacket p = RtpPacketCodec.decode(d, 3, 14);
    assertEquals(0x1234, p.sequenceNumber());
    assertArrayEquals(bytes(5, 6), p.payload());
  }

  @Test
  void stripsPadding() throws Exception {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0xA0; // V=2, P=1
    byte[] d = concat(header, bytes(1, 2, 3), bytes(0, 0, 3));
    assertArrayEquals(bytes(1, 2, 3), RtpPacketCodec.decode(d, 0, d.length).payload());
  }

  @Test
  void skipsCsrcList() throws Exception {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0x82; // CC=2
    byte[] d = concat(header, bytes(0, 0, 0, 1, 0, 0, 0, 2), bytes(7, 8));
    RtpPacket p = RtpPacketCodec.decode(d, 0, d.length);
    assertArrayEquals(bytes(7, 8), p.payload());
    assertEquals(0xCAFEBABEL, p.ssrc());
  }

  @Test
  void skipsHeaderExtension() throws Exception {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0x90; // X=1
    byte[] ext = bytes(0xBE, 0xDE, 0x00, 0x02, 1, 2, 3, 4, 5, 6, 7, 8);
    byte[] d = concat(header, ext, bytes(42));
    assertArrayEquals(bytes(42), RtpPacketCodec.decode(d, 0, d.length).payload());
  }

  @Test
  void handlesCsrcExtensionAndPaddingTogether() throws Exception {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0xB1; // P=1, X=1, CC=1
    byte[] d =
        concat(
            header,
            bytes(0, 0, 0, 9),
            bytes(0x10, 0x00, 0x00, 0x01, 1, 2, 3, 4),
            bytes(0x55, 0x66),
            bytes(0, 2));
    assertArrayEquals(bytes(0x55, 0x66), RtpPacketCodec.decode(d, 0, d.length).payload());
  }

  @Test
  void rejectsShortDatagram() {
    assertMalformed(bytes(0x80, 0x6F, 0, 1, 0, 0, 0, 0, 0, 0, 0), "at least 12");
    assertMalformed(new byte[0], "found 0");
  }

  @Test
  void rejectsVersionsOtherThanTwo() {
    for (int v : new int[] {0, 1, 3}) {
      byte[] d = FIXED_HEADER.clone();
      d[0] = (byte) (v << 6);
      assertMalformed(d, "found version " + v);
    }
  }

  @Test
  void rejectsPaddingCountLargerThanPayload() {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0xA0;
    assertMalformed(concat(header, bytes(1, 2, 5)), "found 5");
    assertMalformed(concat(header, bytes(1, 2, 0)), "found 0");
    assertMalformed(header, "padding count"); // no bytes after the header for padding at all
  }

  @Test
  void rejectsCsrcCountOverflow() {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0x8F; // CC=15 needs 72 bytes
    assertMalformed(concat(header, new byte[20]), "CSRC count 15");
  }

  @Test
  void rejectsExtensionLengthOverflow() {
    byte[] header = FIXED_HEADER.clone();
    header[0] = (byte) 0x90;
    assertMalformed(concat(header, bytes(0xBE, 0xDE, 0x00, 0x05, 1, 2, 3, 4)), "5 words");
    assertMalformed(concat(header, bytes(0xBE, 0xDE)), "4-byte extension header");
  }

  @Test
  void distinguishesRtpFromRtcp() {
    assertTrue(RtpPacketCodec.looksLikeRtp(FIXED_HEADER, 0, 12));
    for (int rtcpType = 200; rtcpType <= 204; rtcpType++) {
      byte[] rtcp = FIXED_HEADER.clone();
      rtcp[1] = (byte) rtcpType;
      assertFalse(RtpPacketCodec.looksLikeRtp(rtcp, 0, 12), "RTCP type " + rtcpType);
    }
    byte[] markedOpus = FIXED_HEADER.clone();
    markedOpus[1] = (byte) 0xEF; // marker + PT 111 = 239, outside 192..223
    assertTrue(RtpPacketCodec.looksLikeRtp(markedOpus, 0, 12));
    byte[] wrongVersion = FIXED_HEADER.clone();
    wrongVersion[0] = 0x40;
    assertFalse(RtpPacketCodec.looksLikeRtp(wrongVersion, 0, 12));
    assertFalse(RtpPacketCodec.looksLikeRtp(FIXED_HEADER, 0, 11));
  }

  @Test
  void arbitraryBytesOnlyEverFailAsMalformed() {
    SplittableRandom random = new SplittableRandom(42);
    int decoded = 0;
    for (int i = 0; i < 5000; i++) {
      byte[] d = new byte[random.nextInt(0, 80)];
      random.nextBytes(d);
      if (d.length > 0 && random.nextBoolean()) {
        d[0] = (byte) (0x80 | (d[0] & 0x3F)); // force V=2 half the time to reach the deeper checks
      }
      int off = d.length == 0 ? 0 : random.nextInt(0, d.length);
      int len = d.length - off;
      try {
        RtpPacketCodec.looksLikeRtp(d, off, len);
        RtpPacket p = RtpPacketCodec.decode(d, off, len);
        assertTrue(p.payloadLength() <= len - 12);
        decoded++;
      } catch (MalformedPacketException e) {
        assertFalse(e.getMessage().isBlank());
      } catch (RuntimeException e) {
        fail("input " + HexFormat.of().formatHex(d, off, off + len) + " threw " + e);
      }
    }
    assertTrue(decoded > 30, "the loop should also reach valid packets, decoded " + decoded);
  }

  @Test
  void packetRejectsOutOfRangeFields() {
    assertThrows(
        IllegalArgumentException.class, () -> new RtpPacket(false, 128, 0, 0, 0, new byte[0]));
    assertThrows(
        IllegalArgumentException.class, () -> new RtpPacket(false, 0, 65536, 0, 0, new byte[0]));
    assertThrows(
        IllegalArgumentException.class, () -> new RtpPacket(false, 0, 0, -1, 0, new byte[0]));
    assertThrows(
        IllegalArgumentException.class,
        () -> new RtpPacket(false, 0, 0, 0, 0x1_0000_0000L, new byte[0]));
    assertThrows(IllegalArgumentException.class, () -> new RtpPacket(false, 0, 0, 0, 0, null));
  }

  @Test
  void packetIsImmutable() {
    byte[] payload = bytes(1, 2, 3);
    RtpPacket p = new RtpPacket(false, 111, 1, 1, 1, payload);
    payload[0] = 99;
    p.payload()[1] = 99;
    assertArrayEquals(bytes(1, 2, 3), p.payload());
  }

  private static void assertMalformed(byte[] d, String messagePart) {
    MalformedPacketException e =
        assertThrows(MalformedPacketException.class, () -> RtpPacketCodec.decode(d, 0, d.length));
    assertTrue(
        e.getMessage().contains(messagePart),
        "message '" + e.getMessage() + "' should contain '" + messagePart + "'");
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, i, p.length);
      i += p.length;
    }
    return out;
  }
}
