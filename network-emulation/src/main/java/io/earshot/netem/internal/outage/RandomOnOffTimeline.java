package io.earshot.netem.internal.outage;

import io.earshot.netem.internal.random.Xoshiro256StarStar;

/**
 * Mahimahi {@code mm-onoff}: exponential on and off periods with the given means, starting on at
 * the epoch. Periods are drawn as time advances (one uniform per period), so the windows depend on
 * time only, not on how many packets are sent. Times before the current cycle count as up.
 */
final class RandomOnOffTimeline implements OutageTimeline {

  private final double meanOn;
  private final double meanOff;
  private final Xoshiro256StarStar random;
  private long downStart;
  private long downEnd;

  RandomOnOffTimeline(
      long epochNanos, long meanOnNanos, long meanOffNanos, Xoshiro256StarStar random) {
    this.meanOn = meanOnNanos;
    this.meanOff = meanOffNanos;
    this.random = random;
    this.downStart = epochNanos + exponential(meanOn);
    this.downEnd = downStart + exponential(meanOff);
  }

  @Override
  public boolean isDownAt(long atNanos) {
    advanceTo(atNanos);
    return atNanos >= downStart && atNanos < downEnd;
  }

  @Override
  public long upAt(long atNanos) {
    return isDownAt(atNanos) ? downEnd : atNanos;
  }

  private void advanceTo(long atNanos) {
    while (atNanos >= downEnd) {
      downStart = downEnd + exponential(meanOn);
      downEnd = downStart + exponential(meanOff);
    }
  }

  private long exponential(double mean) {
    // 1 - u lies in (0, 1], so the logarithm is finite; at least 1 ns keeps time moving.
    return Math.max(1L, (long) (-mean * Math.log(1 - random.nextDouble())));
  }
}
