package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Every way the bytes can lie ends in {@link MalformedPacketException} saying what was wrong. */
class RtcpMalformedInputTest {

  @Test
  void rejectsLengthsThatAreNotWholeWords() {
    assertMalformed("", "found 0 bytes");
    assertMalformed("80c900", "found 3 bytes");
    assertMalformed("80c9000100000007ff", "found 9 bytes");
  }

  @Test
  void rejectsOtherVersionsOnAnyPacket() {
    assertMalformed("40c9000100000007", "expected version 2, found version 1");
    assertMalformed("80c9000100000007" + "c0c9000100000007", "packet 2 at byte 8");
  }

  @Test
  void rejectsPacketTypesOutsideTheRtcpRange() {
    assertMalformed("806f000100000007", "expected a packet type in 192..223, found 111");
    assertMalformed("80e0000100000007", "found 224");
  }

  @Test
  void rejectsALengthFieldPastTheEnd() {
    assertMalformed("80c9000200000007", "length field says 12 bytes, found 8 bytes left");
  }

  @Test
  void rejectsLengthFieldsThatDoNotAddUp() {
    // A valid RR, then a header whose length claims more than the 8 bytes that follow it.
    assertMalformed(
        "80c9000100000007" + "80c90002" + "00000000",
        "packet 2 at byte 8: length field says 12 bytes, found 8");
  }

  @Test
  void rejectsPaddingThatIsMisplacedOrMiscounted() {
    assertMalformed("a0c9000100000007" + "80c9000100000007", "padding only on the last packet");
    assertMalformed("a0c90002" + "00000007" + "00000000", "found 0");
    assertMalformed("a0c90002" + "00000007" + "00000003", "multiple of 4");
    assertMalformed("a0c90002" + "00000007" + "0000000c", "in 4..8, found 12");
  }

  @Test
  void rejectsReportCountsTheBodyCannotHold() {
    assertMalformed("81c90001" + "00000007", "expected 24 bytes after the SSRC for 1 report");
    assertMalformed("80c80001" + "00000007", "sender info");
    assertMalformed("80c80000", "expected 4 bytes for the sender SSRC, found 0");
  }

  @Test
  void rejectsSdesChunksThatOverrunOrLeaveBytes() {
    assertMalformed("81ca0002" + "00000001" + "01056162", "5-byte item in SDES chunk 1 of 1");
    assertMalformed("82ca0002" + "00000001" + "00000000", "the SSRC of SDES chunk 2 of 2");
    assertMalformed("81ca0003" + "00000001" + "00000000" + "00000000", "found 4 more bytes");
    assertMalformed("81ca0002" + "00000001" + "00000001", "expected null padding");
    assertMalformed("81ca0002" + "00000001" + "0102c328", "expected UTF-8 text");
  }

  @Test
  void rejectsByeCountsAndReasonsThatDoNotFit() {
    assertMalformed("82cb0001" + "00000001", "2 SSRCs (SC=2)");
    assertMalformed("81cb0002" + "00000001" + "09616263", "9-byte reason");
    assertMalformed("81cb0003" + "00000001" + "01610000" + "00000000", "at most 3 bytes");
  }

  @Test
  void rejectsShortAppAndNackBodies() {
    assertMalformed("80cc0001" + "00000000", "the APP name");
    assertMalformed("81cd0002" + "00000001" + "00000002", "at least one 4-byte NACK item");
  }

  @Test
  void rejectsXrBlocksWithWrongLengths() {
    assertMalformed("80cf0003" + "00000001" + "04000001" + "00000000", "block length 2");
    assertMalformed("80cf0003" + "00000001" + "05000001" + "00000000", "multiple of 3 words");
    assertMalformed("80cf0002" + "00000001" + "05000003", "length 3 words");
  }

  /**
   * Random bytes, and valid compounds with random damage, either decode or fail as malformed; and
   * whatever decodes re-encodes to something that decodes to the same packets.
   */
  @Test
  void arbitraryBytesOnlyEverFailAsMalformed() {
    byte[] valid =
        RtcpCompoundCodec.encode(
            List.of(
                new SenderReport(1, 2, 3, 4, 5, List.of(new ReportBlock(1, 2, 3, 4, 5, 6, 7))),
                SourceDescription.cname(1, "cname"),
                new Goodbye(List.of(1L), "r"),
                GenericNack.of(1, 2, List.of(1, 2, 30)),
                new ExtendedReport(
                    1,
                    List.of(
                        new ReceiverReferenceTime(9),
                        new DlrrReport(List.of(new DlrrItem(1, 2, 3))))),
                new AppPacket(3, 1, "abcd", new byte[8])));
    SplittableRandom random = new SplittableRandom(7);
    int decoded = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] d;
      if (random.nextBoolean()) {
        d = new byte[4 * random.nextInt(0, 20)];
        random.nextBytes(d);
        if (d.length > 1) {
          d[0] = (byte) (0x80 | (d[0] & 0x3F));
          d[1] = (byte) (192 + random.nextInt(0, 32));
        }
      } else {
        d = valid.clone();
        for (int k = random.nextInt(1, 4); k > 0; k--) {
          d[random.nextInt(0, d.length)] = (byte) random.nextInt(0, 256);
        }
      }
      try {
        List<RtcpPacket> packets = RtcpCompoundCodec.decode(d);
        assertEquals(packets, RtcpCompoundCodec.decode(RtcpCompoundCodec.encode(packets)));
        decoded++;
      } catch (MalformedPacketException e) {
        assertFalse(e.getMessage().isBlank());
      } catch (RuntimeException e) {
        fail("input " + HexFormat.of().formatHex(d) + " threw " + e);
      }
    }
    assertTrue(decoded > 1000, "the loop should also reach valid packets, decoded " + decoded);
  }

  private static void assertMalformed(String hex, String messagePart) {
    byte[] d = HexFormat.of().parseHex(hex);
    MalformedPacketException e =
        assertThrows(MalformedPacketException.class, () -> RtcpCompoundCodec.decode(d));
    assertTrue(
        e.getMessage().contains(messagePart),
        "message '" + e.getMessage() + "' should contain '" + messagePart + "'");
  }
}
