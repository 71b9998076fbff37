package io.earshot.engine.internal.rtcp;

/**
 * A capture-side analysis of one RTP stream that reproduces Wireshark's RTP stream analysis (the
 * numbers {@code tshark -z rtp,streams} prints; quality-metrics §1.5), so a harness can compare
 * Earshot's view of a capture with tshark's exactly. Written from the documented behaviour of
 * Wireshark's analysis tap, including its quirks, because matching it is the point:
 *
 * <ul>
 *   <li>Lost is {@code expected − packets} with expected from the <em>last seen</em> sequence
 *       number and wraps counted by a heuristic (a number below the first one, in timestamp order);
 *   <li>jitter is the RFC 3550 estimator in floating-point ms, {@code J = (15·J + D)/16} with
 *       {@code D = |arrival − (prevArrival + Δts/(clockRate/1000))|} against the last packet in
 *       timestamp order (the clock rate divided by 1000 in integers, as tshark does);
 *   <li>the first packet, marked packets, comfort noise (PT 13, 19) and the packet after it, and
 *       packets out of timestamp order are left out of min/mean/max; the means divide by the count
 *       of all earlier packets, as tshark's running mean does.
 * </ul>
 *
 * Arrival times are capture timestamps in nanoseconds; they are taken relative to the stream's
 * first packet so that double precision is never the limit. Single-threaded.
 */
public final class TsharkStyleRtpAnalysis {
  private static final int PT_CN = 13;
  private static final int PT_CN_OLD = 19;

  private final long clockKhz;
  private boolean started;
  private long firstNanos;
  private int startSeq;
  private int stopSeq;
  private int lastSeq;
  private long seqCycles;
  private boolean under;
  private long extendedTs;
  private long seqTimestamp;
  private double time;
  private int previousPt;
  private double jitter;
  private long totalNr;
  private long sequenceErrors;
  private final RunningFigure delta = new RunningFigure();
  private final RunningFigure jitterFigure = new RunningFigure();

  /**
   * @param clockRate the payload's RTP clock in Hz (48 000 for Opus); 0 when unknown, which like
   *     tshark gives no jitter
   */
  public TsharkStyleRtpAnalysis(int clockRate) {
    if (clockRate < 0) {
      throw new IllegalArgumentException("clockRate must be >= 0, was " + clockRate);
    }
    this.clockKhz = clockRate / 1000;
  }

  /** Feeds the next captured packet of the stream, in capture order. */
  public void onPacket(
      int seq, long rtpTimestamp, boolean marker, int payloadType, long captureNanos) {
    RtcpFields.unsigned16(seq, "seq");
    RtcpFields.unsigned32(rtpTimestamp, "rtpTimestamp");
    if (!started) {
      start(seq, rtpTimestamp, payloadType, captureNanos);
      return;
    }
    double now = (captureNanos - firstNanos) / 1e6;
    extendedTs += (int) (rtpTimestamp - extendedTs); // nearest 64-bit value with these low bits
    boolean inTimeSequence = seqTimestamp <= extendedTs;
    countWraps(seq, inTimeSequence);
    checkSequence(seq, inTimeSequence);
    boolean comfortNoise = payloadType == PT_CN || payloadType == PT_CN_OLD;
    boolean followsComfortNoise = previousPt == PT_CN || previousPt == PT_CN_OLD;
    previousPt = payloadType;
    double currentDelta = now - time;
    double currentJitter = 0;
    if (clockKhz != 0) {
      double expectedTime = time + (double) (extendedTs - seqTimestamp) / clockKhz;
      currentJitter = (15 * jitter + Math.abs(now - expectedTime)) / 16;
      jitter = currentJitter;
    }
    if (!marker && !comfortNoise && inTimeSequence && !followsComfortNoise) {
      delta.add(currentDelta, totalNr);
      if (clockKhz != 0) {
        jitterFigure.add(currentJitter, totalNr);
      }
    }
    if (inTimeSequence) {
      time = now;
      seqTimestamp = extendedTs;
    }
    stopSeq = seq;
    totalNr++;
  }

  private void start(int seq, long rtpTimestamp, int payloadType, long captureNanos) {
    started = true;
    firstNanos = captureNanos;
    startSeq = seq;
    stopSeq = seq;
    lastSeq = seq;
    extendedTs = rtpTimestamp;
    seqTimestamp = rtpTimestamp;
    previousPt = payloadType;
    totalNr = 1;
  }

  private void countWraps(int seq, boolean inTimeSequence) {
    if (!inTimeSequence) {
      return;
    }
    if (!under && (seq < startSeq || (seq == 0 && stopSeq == 0xFFFF))) {
      seqCycles++;
      under = true;
    } else if (under && seq > startSeq) {
      under = false;
    }
  }

  private void checkSequence(int seq, boolean inTimeSequence) {
    if (inTimeSequence && (lastSeq + 1 == seq || (lastSeq == 0xFFFF && seq == 0))) {
      lastSeq = seq;
    } else if (inTimeSequence && (lastSeq + 1 < seq || lastSeq - seq > 0xFF00)) {
      lastSeq = seq; // a gap, or a wrap whose packets were lost
      sequenceErrors++;
    } else if (lastSeq + 1 > seq) {
      sequenceErrors++; // late or duplicated
    }
  }

  /**
   * The running jitter after the last packet, ms: the value an RFC 3550 receiver would report now
   * (tshark shows it per packet in its analysis, not in the stream summary).
   */
  public double jitterMs() {
    return jitter;
  }

  /** The figures so far; all zero before the first packet. */
  public TsharkRtpSummary summary() {
    long expected = started ? stopSeq + seqCycles * 0x1_0000L - startSeq + 1 : 0;
    long packets = started ? totalNr : 0;
    return new TsharkRtpSummary(
        packets,
        expected,
        expected - packets,
        delta.min(),
        delta.mean(),
        delta.max(),
        jitterFigure.min(),
        jitterFigure.mean(),
        jitterFigure.max(),
        sequenceErrors);
  }

  /** Min, max and tshark's running mean of one per-packet figure. */
  private static final class RunningFigure {
    private double min = -1;
    private double max;
    private double mean;

    /** {@code earlierPackets} is tshark's divisor: all packets before this one, counted or not. */
    void add(double value, long earlierPackets) {
      max = Math.max(max, value);
      min = min == -1 ? value : Math.min(min, value);
      mean = (mean * (earlierPackets - 1) + value) / earlierPackets;
    }

    double min() {
      return min;
    }

    double max() {
      return max;
    }

    double mean() {
      return mean;
    }
  }
}
