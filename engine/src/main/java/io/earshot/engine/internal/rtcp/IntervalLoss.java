package io.earshot.engine.internal.rtcp;

/**
 * Loss between two reports (RFC 3550 A.3, quality-metrics §1.2): packets expected and received in
 * the interval. Lost can be negative when duplicates arrived; both loss figures then read 0.
 *
 * @param expected {@code expInt}
 * @param received {@code recInt}
 */
public record IntervalLoss(long expected, long received) {

  /**
   * The interval from {@code prior} to {@code now}. When the source restarted in between (the
   * generations differ) the counters started again from zero, so {@code now} alone is the interval.
   */
  public static IntervalLoss between(LossSnapshot prior, LossSnapshot now) {
    if (prior.generation() != now.generation()) {
      return new IntervalLoss(now.expected(), now.received());
    }
    return new IntervalLoss(now.expected() - prior.expected(), now.received() - prior.received());
  }

  /** {@code lostInt = expInt − recInt}; negative when duplicates outnumber losses. */
  public long lost() {
    return expected - received;
  }

  /**
   * The RR's 8-bit fraction lost: {@code (lostInt << 8) / expInt} when both are positive, else 0.
   * Saturates at 255, because a whole interval lost would otherwise give 256, which the field
   * cannot hold.
   */
  public int fractionLost() {
    long lost = lost();
    if (expected <= 0 || lost <= 0) {
      return 0;
    }
    return (int) Math.min(255, (lost << 8) / expected);
  }

  /** Earshot's {@code packetLostRate}: {@code lostInt / expInt} as a double in [0, 1]. */
  public double lossRate() {
    if (expected <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, (double) lost() / expected));
  }
}
