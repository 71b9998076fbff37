package io.earshot.engine.internal.rtcp;

import io.earshot.engine.internal.rtcp.SequenceTracker.Outcome;

/**
 * What a receiver knows about one RTP source (RFC 3550 §6.4, A.1, A.3, A.8; quality-metrics
 * §1.1–§1.3): validated sequence numbers with wraps and restarts, cumulative and interval loss,
 * interarrival jitter on the 48 kHz Opus clock, and the report block that sums them up. Times are
 * scheduler nanoseconds supplied by the caller; no clock is read. One instance per SSRC, used from
 * one thread like the session that owns it.
 *
 * <p>Jitter is updated for every packet in arrival order except a large jump awaiting confirmation
 * (RFC 3550 A.8 computes it per data packet; probation packets are real packets of the source).
 * After a confirmed restart the previous transit time is forgotten, since the new numbering comes
 * with a new timestamp base.
 */
public final class ReceiverStatistics {
  /** The Opus RTP clock (RFC 7587): every Earshot stream runs at 48 kHz. */
  public static final int CLOCK_RATE = 48_000;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final long ssrc;
  private final SequenceTracker sequence = new SequenceTracker();
  private final JitterEstimator jitter = new JitterEstimator();
  private long lastSrNtp;
  private long lastSrArrivalNanos;
  private boolean hasSenderReport;

  /**
   * @param ssrc the source's SSRC, unsigned 32-bit
   */
  public ReceiverStatistics(long ssrc) {
    this.ssrc = RtcpFields.unsigned32(ssrc, "ssrc");
  }

  /**
   * Records one RTP packet of this source.
   *
   * @param sequenceNumber 0..65535
   * @param rtpTimestamp unsigned 32-bit RTP timestamp
   * @param arrivalNanos scheduler time the packet arrived
   * @return whether the packet counts as received (false on probation and for an unconfirmed jump)
   */
  public boolean onPacket(int sequenceNumber, long rtpTimestamp, long arrivalNanos) {
    RtcpFields.unsigned16(sequenceNumber, "sequenceNumber");
    RtcpFields.unsigned32(rtpTimestamp, "rtpTimestamp");
    Outcome outcome = sequence.update(sequenceNumber);
    if (outcome == Outcome.UNCONFIRMED_JUMP) {
      return false;
    }
    if (outcome == Outcome.RESTARTED) {
      jitter.forgetLastTransit();
    }
    jitter.update(rtpTimestamp, toRtpUnits(arrivalNanos));
    return outcome != Outcome.ON_PROBATION;
  }

  /** Remembers the last Sender Report from this source, for the LSR and DLSR fields. */
  public void onSenderReport(long ntpTimestamp, long arrivalNanos) {
    lastSrNtp = ntpTimestamp;
    lastSrArrivalNanos = arrivalNanos;
    hasSenderReport = true;
  }

  /** A scheduler time on the 48 kHz RTP clock, rounded down; exact for any {@code long}. */
  public static long toRtpUnits(long nanos) {
    return Math.floorDiv(nanos, NANOS_PER_SECOND) * CLOCK_RATE
        + Math.floorMod(nanos, NANOS_PER_SECOND) * CLOCK_RATE / NANOS_PER_SECOND;
  }

  /** The SSRC these statistics are about. */
  public long ssrc() {
    return ssrc;
  }

  /** Whether the source has passed probation (two packets in sequence). */
  public boolean isValid() {
    return sequence.isValid();
  }

  /** Cycles·65536 + highest sequence number, truncated to the 32-bit RR field. */
  public long extendedHighestSequence() {
    return sequence.extendedMax() & 0xFFFF_FFFFL;
  }

  /** Packets expected since validation (or the last restart): extended max − base + 1. */
  public long expected() {
    return sequence.expected();
  }

  /** Packets counted as received since validation (or the last restart), duplicates included. */
  public long received() {
    return sequence.received();
  }

  /** {@code expected − received}, unclamped; negative when duplicates outnumber losses. */
  public long cumulativeLost() {
    return expected() - received();
  }

  /** The counters now, to compute an interval against later with {@link IntervalLoss#between}. */
  public LossSnapshot snapshot() {
    return new LossSnapshot(sequence.generation(), expected(), received());
  }

  /** Interarrival jitter in whole RTP units (the RR field). */
  public long jitterUnits() {
    return jitter.units();
  }

  /** Interarrival jitter in milliseconds, with the estimator's fractional bits: {@code J / 48}. */
  public double jitterMillis() {
    return jitter.exactUnits() * 1000.0 / CLOCK_RATE;
  }

  /**
   * The reception report block for this source.
   *
   * @param prior the snapshot taken when the previous report block was made ({@link
   *     LossSnapshot#NONE} for the first); take a new one right after this call
   * @param nowNanos scheduler time the report is sent, for DLSR
   * @throws IllegalArgumentException if {@code nowNanos} is before the last SR's arrival
   */
  public ReportBlock reportBlock(LossSnapshot prior, long nowNanos) {
    IntervalLoss interval = IntervalLoss.between(prior, snapshot());
    long lsr = hasSenderReport ? NtpTime.middle32(lastSrNtp) : 0;
    long dlsr = hasSenderReport ? NtpTime.compactFromNanos(nowNanos - lastSrArrivalNanos) : 0;
    return new ReportBlock(
        ssrc,
        interval.fractionLost(),
        ReportBlock.clampCumulativeLost(cumulativeLost()),
        extendedHighestSequence(),
        jitterUnits(),
        lsr,
        dlsr);
  }
}
