package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.quality.LossRunStats;
import io.earshot.engine.internal.quality.LossRunTracker;
import io.earshot.engine.internal.rtp.RtpPacket;
import io.earshot.engine.internal.rtp.SequenceNumbers;

/**
 * The receiving end of one RTP leg (publisher → relay, or relay → player): RFC 3550 statistics over
 * every packet (so the cumulative loss is what Wireshark counts on the same packets), the NACK
 * bookkeeping, and the packets that answered a NACK, so that loss can also be read <em>before</em>
 * recovery (quality-metrics §7.2: {@code packetLostRate} is network loss, a retransmission does not
 * undo it). Single-threaded.
 */
public final class LegReceiver {
  /** The counters at one moment, to read an interval against later. */
  public record Mark(
      LossSnapshot loss,
      LossRunStats firstTime,
      long retransmissions,
      long packets,
      long bytes,
      long payloadBytes) {
    public static final Mark NONE = new Mark(LossSnapshot.NONE, LossRunStats.EMPTY, 0, 0, 0, 0);
  }

  private final ReceiverStatistics stats;
  private final NackRequester nack = new NackRequester();
  private final LossRunTracker firstTime = new LossRunTracker();
  private long highest = Long.MIN_VALUE;
  private long packets;
  private long bytes;
  private long payloadBytes;
  private long retransmissions;
  private Mark reportMark = Mark.NONE;

  /** A jump this long is a restart of the sender, not a loss run. */
  private static final long MAX_TRACKED_GAP = 3000;

  public LegReceiver(long ssrc) {
    this.stats = new ReceiverStatistics(ssrc);
  }

  /**
   * A packet of the leg, {@code datagramBytes} long (RTP header and payload); returns true if it is
   * a retransmission this receiver asked for.
   */
  public boolean onPacket(RtpPacket packet, int datagramBytes, long nowNanos) {
    packets++;
    bytes += datagramBytes;
    payloadBytes += packet.payloadLength();
    stats.onPacket(packet.sequenceNumber(), packet.timestamp(), nowNanos);
    trackRuns(packet.sequenceNumber());
    boolean retransmission = nack.onPacket(packet.sequenceNumber(), nowNanos);
    if (retransmission) {
      retransmissions++;
    }
    return retransmission;
  }

  /** Runs of packets that did not arrive the first time (a packet after a gap ends a run). */
  private void trackRuns(int sequenceNumber) {
    long ext =
        highest == Long.MIN_VALUE
            ? SequenceNumbers.MODULUS + (long) sequenceNumber
            : SequenceNumbers.extend(sequenceNumber, highest);
    if (highest != Long.MIN_VALUE && ext <= highest) {
      return; // late: a retransmission or a reordered packet, already counted as missing
    }
    if (highest != Long.MIN_VALUE && ext - highest - 1 < MAX_TRACKED_GAP) {
      for (long s = highest + 1; s < ext; s++) {
        firstTime.onLost();
      }
    }
    firstTime.onReceived();
    highest = ext;
  }

  /** Loss runs before recovery since the leg began (for BurstR). */
  public LossRunStats firstTimeRuns() {
    return firstTime.cumulative();
  }

  public Mark mark() {
    return new Mark(
        stats.snapshot(), firstTime.cumulative(), retransmissions, packets, bytes, payloadBytes);
  }

  /**
   * Loss since {@code since} before recovery, 0..1: of the packets expected in the interval, those
   * that did not arrive in their turn (a retransmission, or a duplicate of one, does not undo it).
   */
  public double lossBeforeRecoverySince(Mark since) {
    LossRunStats now = firstTime.cumulative();
    long expected = now.expected() - since.firstTime().expected();
    long lost = now.lost() - since.firstTime().lost();
    return expected <= 0 ? 0 : Math.max(0, Math.min(1, (double) lost / expected));
  }

  /**
   * The report block for the interval since the previous one. Its fraction lost is the loss before
   * recovery (so the sender learns the network's loss, not what retransmission left of it); the
   * cumulative count, highest sequence number and jitter are RFC 3550's.
   */
  public ReportBlock reportBlock(long nowNanos) {
    ReportBlock block = stats.reportBlock(reportMark.loss(), nowNanos);
    int fraction = (int) Math.min(255, Math.floor(lossBeforeRecoverySince(reportMark) * 256));
    reportMark = mark();
    return new ReportBlock(
        block.ssrc(),
        fraction,
        block.cumulativeLost(),
        block.extendedHighestSequence(),
        block.jitter(),
        block.lastSenderReport(),
        block.delaySinceLastSenderReport());
  }

  /**
   * Whether packets arrived since the last report block: RFC 3550 §6.4 reports only sources heard
   * since the last report (so a silent leg gets no block, rather than one claiming no loss).
   */
  public boolean heardSinceReport() {
    return packets > reportMark.packets() && stats.isValid();
  }

  public ReceiverStatistics statistics() {
    return stats;
  }

  public NackRequester nacks() {
    return nack;
  }

  public long packets() {
    return packets;
  }

  public long bytes() {
    return bytes;
  }

  public long retransmissions() {
    return retransmissions;
  }
}
