package io.earshot.engine.internal.rtcp;

import java.util.OptionalLong;

/**
 * The RTT Earshot reports (quality-metrics §1.4): samples smoothed as {@code rttS = 7/8·rttS +
 * 1/8·sample}, the first sample taken as is, reported in whole milliseconds. One instance per leg;
 * not thread-safe, like the session that feeds it.
 */
public final class SmoothedRoundTrip {
  private double smoothedMillis = Double.NaN;

  /**
   * Folds in one sample.
   *
   * @throws IllegalArgumentException if the sample is negative or not finite
   */
  public void addSample(double sampleMillis) {
    if (!(sampleMillis >= 0) || Double.isInfinite(sampleMillis)) {
      throw new IllegalArgumentException("RTT sample must be finite and >= 0, was " + sampleMillis);
    }
    smoothedMillis =
        Double.isNaN(smoothedMillis) ? sampleMillis : smoothedMillis * 7 / 8 + sampleMillis / 8;
  }

  /** The smoothed RTT rounded to whole milliseconds, or empty before the first sample. */
  public OptionalLong millis() {
    return Double.isNaN(smoothedMillis)
        ? OptionalLong.empty()
        : OptionalLong.of(Math.round(smoothedMillis));
  }
}
