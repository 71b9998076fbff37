package io.earshot.engine.internal.rtcp;

/**
 * RFC 3550 A.8 interarrival jitter in its integer form: {@code J16 = 16·J}, updated as {@code J16
 * += |D| − ((J16 + 8) >> 4)}, so the estimate keeps four fractional bits without floating point and
 * matches every other RFC 3550 receiver bit for bit.
 */
final class JitterEstimator {
  private long j16;
  private long lastTransit;
  private boolean hasTransit;

  /** Folds in one packet: its RTP timestamp and its arrival time, both in RTP clock units. */
  void update(long rtpTimestamp, long arrivalUnits) {
    long transit = arrivalUnits - rtpTimestamp;
    if (hasTransit) {
      // Transit differences are taken modulo 2^32 so a wrap of the RTP timestamp is no spike.
      long d = Math.abs((long) (int) (transit - lastTransit));
      j16 += d - ((j16 + 8) >> 4);
    }
    lastTransit = transit;
    hasTransit = true;
  }

  /**
   * Forgets the previous packet's transit time. A restarted sender draws a new timestamp base, and
   * comparing transits across it would add a jump of arbitrary size to the estimate.
   */
  void forgetLastTransit() {
    hasTransit = false;
  }

  /** The RR field: jitter in whole RTP units, saturated at 32 bits. */
  long units() {
    return Math.min(j16 >> 4, 0xFFFF_FFFFL);
  }

  /** Jitter in RTP units with its four fractional bits. */
  double exactUnits() {
    return j16 / 16.0;
  }
}
