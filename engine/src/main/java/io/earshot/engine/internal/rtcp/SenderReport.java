package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * Sender Report (RFC 3550 §6.4.1). Profile-specific extensions after the report blocks are not
 * modelled: the decoder skips them and the encoder writes none.
 *
 * @param senderSsrc SSRC of the sender of this report, unsigned 32-bit
 * @param ntpTimestamp 64-bit NTP timestamp (seconds since 1900 in the high word, fraction in the
 *     low), held as the raw 64 bits of a {@code long}
 * @param rtpTimestamp the same instant on the RTP media clock, unsigned 32-bit
 * @param packetCount RTP data packets sent since the start, unsigned 32-bit (wraps)
 * @param octetCount RTP payload octets sent since the start, unsigned 32-bit (wraps)
 * @param reportBlocks at most 31 reception report blocks
 */
public record SenderReport(
    long senderSsrc,
    long ntpTimestamp,
    long rtpTimestamp,
    long packetCount,
    long octetCount,
    List<ReportBlock> reportBlocks)
    implements RtcpPacket {

  /** Validates the fields and copies the list, so the record cannot change afterwards. */
  public SenderReport {
    RtcpFields.unsigned32(senderSsrc, "senderSsrc");
    RtcpFields.unsigned32(rtpTimestamp, "rtpTimestamp");
    RtcpFields.unsigned32(packetCount, "packetCount");
    RtcpFields.unsigned32(octetCount, "octetCount");
    reportBlocks = List.copyOf(reportBlocks);
    RtcpFields.count(reportBlocks.size(), "report blocks");
  }

  @Override
  public int packetType() {
    return SR;
  }

  /** The middle 32 bits of {@link #ntpTimestamp}: what a receiver echoes as LSR. */
  public long compactNtp() {
    return NtpTime.middle32(ntpTimestamp);
  }
}
