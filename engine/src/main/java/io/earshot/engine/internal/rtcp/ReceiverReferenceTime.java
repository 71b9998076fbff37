package io.earshot.engine.internal.rtcp;

/**
 * Receiver Reference Time block (RFC 3611 §4.4, BT 4): a receiver's NTP time when it sent the XR,
 * so that a sender can answer with a {@link DlrrReport} and the receiver can compute RTT.
 *
 * @param ntpTimestamp the raw 64-bit NTP timestamp
 */
public record ReceiverReferenceTime(long ntpTimestamp) implements XrBlock {

  @Override
  public int blockType() {
    return RRTR;
  }

  /** The middle 32 bits of the timestamp: what the answering DLRR echoes as LRR. */
  public long compactNtp() {
    return NtpTime.middle32(ntpTimestamp);
  }
}
