package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.earshot.engine.internal.relay.BindPacket;
import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtcpCompoundCodecTest {
  private static final ReportBlock BLOCK =
      new ReportBlock(0x11223344L, 15, -2, 0x0001_0005L, 29, 0x0005_4000L, 0x8000);

  // SR, RC=1, length 12 words: SSRC, NTP, RTP ts, packets, octets, one report block.
  private static final String SR_HEX =
      "81c8000c"
          + "cafebabe"
          + "e8e3c2a1"
          + "80000000"
          + "0001e240"
          + "00000064"
          + "00001f40"
          + "11223344"
          + "0f"
          + "fffffe"
          + "00010005"
          + "0000001d"
          + "00054000"
          + "00008000";

  @Test
  void decodesAHandWrittenSenderReport() throws Exception {
    SenderReport sr = (SenderReport) single(SR_HEX);
    assertEquals(0xCAFEBABEL, sr.senderSsrc());
    assertEquals(0xE8E3C2A1_80000000L, sr.ntpTimestamp());
    assertEquals(0xC2A18000L, sr.compactNtp());
    assertEquals(123_456, sr.rtpTimestamp());
    assertEquals(100, sr.packetCount());
    assertEquals(8000, sr.octetCount());
    assertEquals(List.of(BLOCK), sr.reportBlocks());
  }

  @Test
  void encodesTheSameBytes() {
    SenderReport sr =
        new SenderReport(0xCAFEBABEL, 0xE8E3C2A1_80000000L, 123_456, 100, 8000, List.of(BLOCK));
    assertEquals(SR_HEX, HexFormat.of().formatHex(RtcpCompoundCodec.encode(sr)));
  }

  @Test
  void receiverReportWithoutBlocksIsTwoWords() throws Exception {
    byte[] d = RtcpCompoundCodec.encode(new ReceiverReport(7, List.of()));
    assertEquals("80c9000100000007", HexFormat.of().formatHex(d));
    assertEquals(new ReceiverReport(7, List.of()), RtcpCompoundCodec.decode(d).get(0));
  }

  @Test
  void sdesCnameIsNullTerminatedAndWordPadded() throws Exception {
    // "ab": type 1, length 2, 'a', 'b', end → 5 bytes, padded to 8.
    byte[] d = RtcpCompoundCodec.encode(SourceDescription.cname(0x01020304L, "ab"));
    assertEquals("81ca0003" + "01020304" + "01026162" + "00000000", HexFormat.of().formatHex(d));
    // A 3-byte name fills the word exactly, so the end marker takes a word of nulls.
    byte[] three = RtcpCompoundCodec.encode(SourceDescription.cname(1, "abc"));
    assertEquals(16, three.length);
    assertEquals(SourceDescription.cname(1, "abc"), RtcpCompoundCodec.decode(three).get(0));
  }

  @Test
  void sdesSkipsItemsOtherThanCname() throws Exception {
    // NAME "x", then CNAME "c@h", then end; 4 + 3 + 5 + 1 = 13 → padded to 16 bytes of chunk.
    String hex = "81ca0004" + "00000009" + "020178" + "0103634068" + "00" + "000000";
    assertEquals(SourceDescription.cname(9, "c@h"), single(hex));
  }

  @Test
  void byeCarriesSourcesAndAReason() throws Exception {
    Goodbye bye = new Goodbye(List.of(1L, 0xFFFFFFFFL), "left");
    byte[] d = RtcpCompoundCodec.encode(bye);
    assertEquals("82cb0004" + "00000001" + "ffffffff" + "046c6566" + "74000000", hex(d));
    assertEquals(bye, RtcpCompoundCodec.decode(d).get(0));
    Goodbye silent = new Goodbye(List.of(5L), "");
    assertEquals(silent, RtcpCompoundCodec.decode(RtcpCompoundCodec.encode(silent)).get(0));
  }

  @Test
  void theRelayBindPacketIsAnAppPacket() throws Exception {
    byte[] bind = RtcpCompoundCodec.encode(BindPacket.encode(0xDEADBEEFL, 7, new byte[16]));
    AppPacket app = (AppPacket) RtcpCompoundCodec.decode(bind).get(0);
    assertEquals("ERSH", app.name());
    assertEquals(0, app.subtype());
    assertArrayEquals(
        new byte[] {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF, 0, 0, 0, 7},
        Arrays.copyOf(app.data(), 8));
    assertEquals(0xDEADBEEFL, BindPacket.decode(app).orElseThrow().mediaToken());
    assertArrayEquals(bind, RtcpCompoundCodec.encode(app));
  }

  @Test
  void genericNackIsRtpfbWithFmtOne() throws Exception {
    GenericNack nack = GenericNack.of(1, 2, List.of(100, 101, 103));
    byte[] d = RtcpCompoundCodec.encode(nack);
    assertEquals("81cd0003" + "00000001" + "00000002" + "0064" + "0005", hex(d));
    assertEquals(nack, RtcpCompoundCodec.decode(d).get(0));
  }

  @Test
  void extendedReportCarriesRrtrAndDlrr() throws Exception {
    ExtendedReport xr =
        new ExtendedReport(
            3,
            List.of(
                new ReceiverReferenceTime(0x0102030405060708L),
                new DlrrReport(List.of(new DlrrItem(4, 0x00054000L, 0x8000)))));
    byte[] d = RtcpCompoundCodec.encode(xr);
    assertEquals(
        "80cf0008"
            + "00000003"
            + "04000002"
            + "0102030405060708"
            + "05000003"
            + "00000004"
            + "00054000"
            + "00008000",
        hex(d));
    assertEquals(xr, RtcpCompoundCodec.decode(d).get(0));
  }

  @Test
  void xrSkipsUnknownBlockTypes() throws Exception {
    // A VoIP-metrics-like block (BT 7, 1 word) before an RRTR.
    String hex =
        "80cf0006" + "00000003" + "07000001" + "aabbccdd" + "04000002" + "0000000100000002";
    assertEquals(
        new ExtendedReport(3, List.of(new ReceiverReferenceTime(0x1_00000002L))), single(hex));
  }

  @Test
  void unknownTypesPassThrough() throws Exception {
    String pli = "81ce0002" + "00000001" + "00000002"; // PSFB FMT 1 (PLI)
    UnknownRtcpPacket u = (UnknownRtcpPacket) single(pli);
    assertEquals(206, u.packetType());
    assertEquals(1, u.countField());
    assertEquals(pli, hex(RtcpCompoundCodec.encode(u)));
  }

  @Test
  void aFullCompoundRoundTrips() throws Exception {
    List<RtcpPacket> compound =
        List.of(
            new ReceiverReport(0xAAAAL, List.of(BLOCK, BLOCK)),
            SourceDescription.cname(0xAAAAL, "player-1@earshot"),
            new ExtendedReport(0xAAAAL, List.of(new ReceiverReferenceTime(42))),
            GenericNack.of(0xAAAAL, 0xBBBBL, List.of(65535, 0, 1, 40)),
            new AppPacket(0, 0, "ERSH", new byte[4]),
            new Goodbye(List.of(0xAAAAL), "bye"));
    byte[] d = RtcpCompoundCodec.encode(compound);
    assertEquals(compound, RtcpCompoundCodec.decode(d));
    assertTrue(RtcpCompoundCodec.isStandardCompound(compound));
    assertFalse(RtcpCompoundCodec.isStandardCompound(compound.subList(1, 3)));
    assertFalse(RtcpCompoundCodec.isStandardCompound(List.of(new ReceiverReport(1, List.of()))));
  }

  @Test
  void decodesAtAnOffsetAndSkipsSrProfileExtensions() throws Exception {
    // RR with RC=0 and one extension word after the SSRC.
    byte[] d = HexFormat.of().parseHex("ffff" + "80c90002" + "00000007" + "01020304" + "ffff");
    assertEquals(List.of(new ReceiverReport(7, List.of())), RtcpCompoundCodec.decode(d, 2, 12));
  }

  @Test
  void acceptsWordPaddingOnTheLastPacket() throws Exception {
    String padded = "a0c90002" + "00000007" + "00000004";
    assertEquals(new ReceiverReport(7, List.of()), single(padded));
  }

  private static RtcpPacket single(String hex) throws MalformedPacketException {
    List<RtcpPacket> packets = RtcpCompoundCodec.decode(HexFormat.of().parseHex(hex));
    assertEquals(1, packets.size());
    return packets.get(0);
  }

  static String hex(byte[] d) {
    return HexFormat.of().formatHex(d);
  }

  @Test
  void encodingRejectsAnEmptyList() {
    assertThrows(IllegalArgumentException.class, () -> RtcpCompoundCodec.encode(List.of()));
  }
}
