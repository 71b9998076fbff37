package io.earshot.engine.internal.rtcp;

/**
 * One sub-block of a DLRR block (RFC 3611 §4.5): the answer to one receiver's RRTR.
 *
 * @param ssrc the receiver whose RRTR is answered, unsigned 32-bit
 * @param lastReceiverReport LRR: middle 32 bits of that RRTR's NTP timestamp, 0 if none yet
 * @param delaySinceLastReceiverReport DLRR: time since the RRTR arrived, in 1/65536 s
 */
public record DlrrItem(long ssrc, long lastReceiverReport, long delaySinceLastReceiverReport) {

  /** Validates each unsigned 32-bit field. */
  public DlrrItem {
    RtcpFields.unsigned32(ssrc, "ssrc");
    RtcpFields.unsigned32(lastReceiverReport, "lastReceiverReport");
    RtcpFields.unsigned32(delaySinceLastReceiverReport, "delaySinceLastReceiverReport");
  }
}
