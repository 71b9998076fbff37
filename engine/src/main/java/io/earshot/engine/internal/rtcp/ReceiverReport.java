package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * Receiver Report (RFC 3550 §6.4.2): reception report blocks from a participant that sent no RTP
 * since its last report. An RR with no blocks is valid and is what heads a compound when there is
 * nothing to report.
 *
 * @param senderSsrc SSRC of the reporter, unsigned 32-bit
 * @param reportBlocks at most 31 reception report blocks
 */
public record ReceiverReport(long senderSsrc, List<ReportBlock> reportBlocks)
    implements RtcpPacket {

  /** Validates the SSRC and copies the list. */
  public ReceiverReport {
    RtcpFields.unsigned32(senderSsrc, "senderSsrc");
    reportBlocks = List.copyOf(reportBlocks);
    RtcpFields.count(reportBlocks.size(), "report blocks");
  }

  @Override
  public int packetType() {
    return RR;
  }
}
