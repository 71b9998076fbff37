package io.earshot.engine.internal.server;

import io.earshot.engine.internal.rtcp.SenderReport;
import io.earshot.engine.internal.rtcp.SentPackets;
import io.earshot.engine.internal.rtp.RtpPacket;

/**
 * One played stream as the relay sends it to one player (relay → player): the relay numbers the
 * packets of each leg itself, contiguously, so that a packet the relay never received leaves no gap
 * on the player's side (quality-metrics §7.2: the player's loss is the downlink's alone). Keeps
 * what it sent for NACKs and sender reports, and the loss the player last reported on it. Confined
 * to the media scheduler.
 */
final class PlayerLeg {
  private final SentPackets sent = new SentPackets();
  private int nextSequence = -1;
  private long ssrc = -1;

  /** Loss before recovery in the player's last report on this leg, 0..1. */
  double reportedLoss;

  /**
   * The datagram to send for {@code packet} (received as {@code datagram}): a copy carrying the
   * leg's next sequence number. The leg starts from the first packet's number.
   */
  byte[] forward(byte[] datagram, RtpPacket packet, long nowNanos) {
    if (nextSequence < 0) {
      nextSequence = packet.sequenceNumber();
    }
    ssrc = packet.ssrc();
    int seq = nextSequence;
    nextSequence = (nextSequence + 1) & 0xFFFF;
    byte[] out = datagram.clone();
    out[2] = (byte) (seq >>> 8);
    out[3] = (byte) seq;
    sent.sent(out, seq, packet.timestamp(), packet.payloadLength(), nowNanos);
    return out;
  }

  /** The datagram sent with leg sequence number {@code seq}, or null if no longer kept. */
  byte[] resend(int seq) {
    return sent.resend(seq);
  }

  /** The SSRC of what the leg carries (the publisher's), or -1 before the first packet. */
  long ssrc() {
    return ssrc;
  }

  /** The sender report for the leg, or null before the first packet. */
  SenderReport report(long ntp, long nowNanos) {
    return ssrc < 0 ? null : sent.report(ssrc, ntp, nowNanos);
  }

  long retransmitted() {
    return sent.retransmitted();
  }
}
