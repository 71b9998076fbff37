package io.earshot.engine.internal.rtcp;

/**
 * One reception report block of an SR or RR (RFC 3550 §6.4.1): what the reporter saw of one source.
 *
 * @param ssrc the source this block reports on, unsigned 32-bit
 * @param fractionLost interval loss as an 8-bit fixed-point fraction (lost·256/expected), 0..255
 * @param cumulativeLost packets lost since the start, a 24-bit signed field: -0x800000..0x7FFFFF
 *     (negative when duplicates outnumber losses)
 * @param extendedHighestSequence cycles·65536 + highest sequence number received, unsigned 32-bit
 * @param jitter interarrival jitter in RTP timestamp units, unsigned 32-bit
 * @param lastSenderReport middle 32 bits of the NTP timestamp of the last SR received (LSR), 0 if
 *     none
 * @param delaySinceLastSenderReport time from receiving that SR to sending this block (DLSR), in
 *     1/65536 s, 0 if no SR was received
 */
public record ReportBlock(
    long ssrc,
    int fractionLost,
    int cumulativeLost,
    long extendedHighestSequence,
    long jitter,
    long lastSenderReport,
    long delaySinceLastSenderReport) {

  /** Largest value the 24-bit signed cumulative-lost field can carry. */
  public static final int MAX_CUMULATIVE_LOST = 0x7F_FFFF;

  /** Smallest value the 24-bit signed cumulative-lost field can carry. */
  public static final int MIN_CUMULATIVE_LOST = -0x80_0000;

  /** Size on the wire. */
  public static final int BYTES = 24;

  /** Validates each field against its wire width. */
  public ReportBlock {
    RtcpFields.unsigned32(ssrc, "ssrc");
    RtcpFields.inRange(fractionLost, 0, 255, "fractionLost");
    RtcpFields.inRange(cumulativeLost, MIN_CUMULATIVE_LOST, MAX_CUMULATIVE_LOST, "cumulativeLost");
    RtcpFields.unsigned32(extendedHighestSequence, "extendedHighestSequence");
    RtcpFields.unsigned32(jitter, "jitter");
    RtcpFields.unsigned32(lastSenderReport, "lastSenderReport");
    RtcpFields.unsigned32(delaySinceLastSenderReport, "delaySinceLastSenderReport");
  }

  /**
   * Clamps a cumulative loss count to the 24-bit signed field, as RFC 3550 A.3 requires: a count
   * beyond the field saturates instead of wrapping into a misleading value.
   */
  public static int clampCumulativeLost(long lost) {
    return (int) Math.max(MIN_CUMULATIVE_LOST, Math.min(MAX_CUMULATIVE_LOST, lost));
  }
}
