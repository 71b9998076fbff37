package io.earshot.engine.internal.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RtpPacketizerTest {
  private static final byte[] FRAME = {1, 2, 3};

  @Test
  void stampsFieldsAndAdvancesBy960PerFrame() {
    RtpPacketizer p = new RtpPacketizer(0xCAFEBABEL, 111, 100, 5000);
    RtpPacket first = p.next(FRAME, true);
    RtpPacket second = p.next(FRAME, false);
    assertEquals(new RtpPacket(true, 111, 100, 5000, 0xCAFEBABEL, FRAME), first);
    assertEquals(101, second.sequenceNumber());
    assertEquals(5960, second.timestamp());
    assertFalse(second.marker());
    assertArrayEquals(FRAME, second.payload());
  }

  @Test
  void sequenceNumberWrapsFrom65535ToZero() {
    RtpPacketizer p = new RtpPacketizer(1, 111, 65534, 0);
    assertEquals(65534, p.next(FRAME, false).sequenceNumber());
    assertEquals(65535, p.next(FRAME, false).sequenceNumber());
    assertEquals(0, p.next(FRAME, false).sequenceNumber());
    assertEquals(1, p.next(FRAME, false).sequenceNumber());
  }

  @Test
  void timestampWrapsAsUnsigned32Bit() {
    long start = 0xFFFFFFFFL - 959 - 960; // two frames before the wrap
    RtpPacketizer p = new RtpPacketizer(1, 111, 0, start);
    assertEquals(start, p.next(FRAME, false).timestamp());
    assertEquals(0xFFFFFFFFL - 959, p.next(FRAME, false).timestamp());
    assertEquals(0, p.next(FRAME, false).timestamp());
    assertEquals(960, p.next(FRAME, false).timestamp());
  }

  @Test
  void skipFrameAdvancesTimestampOnly() {
    RtpPacketizer p = new RtpPacketizer(1, 111, 10, 0);
    p.next(FRAME, false);
    p.skipFrame();
    p.skipFrame();
    RtpPacket after = p.next(FRAME, true);
    assertEquals(11, after.sequenceNumber());
    assertEquals(3 * 960, after.timestamp());
  }

  @Test
  void rejectsOutOfRangeInitialValues() {
    assertThrows(IllegalArgumentException.class, () -> new RtpPacketizer(1L << 32, 111, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RtpPacketizer(1, 128, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new RtpPacketizer(1, 111, 65536, 0));
    assertThrows(IllegalArgumentException.class, () -> new RtpPacketizer(1, 111, 0, -1));
    assertTrue(new RtpPacketizer(0xFFFFFFFFL, 127, 65535, 0xFFFFFFFFL).ssrc() > 0);
  }
}
