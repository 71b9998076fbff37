package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtp.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies of SR and RR packets (RFC 3550 §6.4): sender info and reception report blocks. Bytes after
 * the announced report blocks are a profile-specific extension, which RFC 3550 allows; they are
 * skipped, not rejected.
 */
final class ReportCodec {
  private static final int SENDER_INFO_BYTES = 20;

  private ReportCodec() {}

  static void writeSenderReport(SenderReport sr, RtcpWriter w) {
    w.u32(sr.senderSsrc()).u64(sr.ntpTimestamp()).u32(sr.rtpTimestamp());
    w.u32(sr.packetCount()).u32(sr.octetCount());
    writeBlocks(sr.reportBlocks(), w);
  }

  static void writeReceiverReport(ReceiverReport rr, RtcpWriter w) {
    w.u32(rr.senderSsrc());
    writeBlocks(rr.reportBlocks(), w);
  }

  static SenderReport readSenderReport(int reportCount, RtcpReader r)
      throws MalformedPacketException {
    long ssrc = r.u32("the sender SSRC");
    requireBlocks(r, SENDER_INFO_BYTES, reportCount);
    long ntp = r.u64("the NTP timestamp");
    long rtp = r.u32("the RTP timestamp");
    long packets = r.u32("the packet count");
    long octets = r.u32("the octet count");
    List<ReportBlock> blocks = readBlocks(reportCount, r);
    return new SenderReport(ssrc, ntp, rtp, packets, octets, blocks);
  }

  static ReceiverReport readReceiverReport(int reportCount, RtcpReader r)
      throws MalformedPacketException {
    long ssrc = r.u32("the sender SSRC");
    requireBlocks(r, 0, reportCount);
    return new ReceiverReport(ssrc, readBlocks(reportCount, r));
  }

  private static void requireBlocks(RtcpReader r, int fixedBytes, int reportCount)
      throws MalformedPacketException {
    int needed = fixedBytes + ReportBlock.BYTES * reportCount;
    if (r.remaining() < needed) {
      throw r.malformed(
          "expected "
              + needed
              + " bytes after the SSRC for "
              + (fixedBytes > 0 ? "sender info and " : "")
              + reportCount
              + " report blocks (RC="
              + reportCount
              + "), found "
              + r.remaining());
    }
  }

  private static List<ReportBlock> readBlocks(int reportCount, RtcpReader r)
      throws MalformedPacketException {
    List<ReportBlock> blocks = new ArrayList<>(reportCount);
    for (int i = 0; i < reportCount; i++) {
      blocks.add(
          new ReportBlock(
              r.u32("a report block SSRC"),
              r.u8("fraction lost"),
              r.s24("cumulative lost"),
              r.u32("the extended highest sequence number"),
              r.u32("jitter"),
              r.u32("LSR"),
              r.u32("DLSR")));
    }
    r.skip(r.remaining(), "the profile-specific extension");
    return blocks;
  }

  private static void writeBlocks(List<ReportBlock> blocks, RtcpWriter w) {
    for (ReportBlock b : blocks) {
      w.u32(b.ssrc()).u8(b.fractionLost()).u24(b.cumulativeLost() & 0xFF_FFFF);
      w.u32(b.extendedHighestSequence()).u32(b.jitter());
      w.u32(b.lastSenderReport()).u32(b.delaySinceLastSenderReport());
    }
  }
}
