package io.earshot.engine.internal.rtcp;

import java.util.List;

/**
 * The sending end of one RTP leg (publisher → relay, or relay → player): the last 512 datagrams
 * sent (about 10 s of 20 ms frames), so that a NACK can be answered, and the counts a sender report
 * carries (RFC 3550 §6.4.1). Single-threaded.
 */
public final class SentPackets {
  private static final int HISTORY = 512;
  private static final long CLOCK_RATE = 48_000;

  private final byte[][] history = new byte[HISTORY][];
  private final int[] historySeq = new int[HISTORY];
  private long packets;
  private long payloadOctets;
  private long bytes;
  private long retransmitted;
  private long lastTimestamp;
  private long lastSentNanos = Long.MIN_VALUE;

  /** Records a first transmission of {@code datagram} (kept as it is: do not change it later). */
  public void sent(
      byte[] datagram, int sequenceNumber, long rtpTimestamp, int payloadLength, long nowNanos) {
    int slot = sequenceNumber % HISTORY;
    history[slot] = datagram;
    historySeq[slot] = sequenceNumber;
    packets++;
    payloadOctets += payloadLength;
    bytes += datagram.length;
    lastTimestamp = rtpTimestamp;
    lastSentNanos = nowNanos;
  }

  /** The datagram sent with {@code sequenceNumber} if still kept (counted as retransmitted). */
  public byte[] resend(int sequenceNumber) {
    int slot = (sequenceNumber & 0xFFFF) % HISTORY;
    if (history[slot] == null || historySeq[slot] != (sequenceNumber & 0xFFFF)) {
      return null;
    }
    retransmitted++;
    return history[slot];
  }

  /**
   * The sender report at NTP time {@code ntp}: the RTP time is the last packet's advanced by the
   * time since it was sent, so that a receiver can map both clocks.
   */
  public SenderReport report(long ssrc, long ntp, long nowNanos) {
    long elapsed = lastSentNanos == Long.MIN_VALUE ? 0 : nowNanos - lastSentNanos;
    long rtp = (lastTimestamp + elapsed * CLOCK_RATE / 1_000_000_000L) & 0xFFFF_FFFFL;
    return new SenderReport(
        ssrc, ntp, rtp, packets & 0xFFFF_FFFFL, payloadOctets & 0xFFFF_FFFFL, List.of());
  }

  public long packets() {
    return packets;
  }

  public long bytes() {
    return bytes;
  }

  public long retransmitted() {
    return retransmitted;
  }
}
