package io.earshot.simulator.measure;

/**
 * How the latency estimators search and when they believe a peak (quality-metrics §6.2). The
 * defaults are written down here and nowhere else.
 *
 * @param windowSeconds speech estimator: length of each window of sent audio (default 2 s)
 * @param hopSeconds speech estimator: step between windows (default 0.5 s)
 * @param minLagMs shortest latency searched (default 0)
 * @param maxLagMs longest latency searched (default 2000 ms); the chirp estimator needs it below
 *     two marker periods
 * @param minPeak smallest normalised correlation peak accepted (default 0.5)
 * @param minPeakRatio how much the peak must beat the highest value more than {@code exclusionMs}
 *     away from it (default 1.5)
 * @param exclusionMs half-width around the peak excluded when looking for the second peak (default
 *     5 ms)
 */
public record LatencySearch(
    double windowSeconds,
    double hopSeconds,
    double minLagMs,
    double maxLagMs,
    double minPeak,
    double minPeakRatio,
    double exclusionMs) {

  /**
   * @throws IllegalArgumentException if a value is out of range
   */
  public LatencySearch {
    require(windowSeconds >= 0.1 && windowSeconds <= 30, "a window of 0.1 to 30 s", windowSeconds);
    require(
        hopSeconds > 0 && hopSeconds <= windowSeconds,
        "a hop above 0 and at most the window",
        hopSeconds);
    require(minLagMs >= 0, "a shortest latency of 0 ms or more", minLagMs);
    require(
        maxLagMs > minLagMs && maxLagMs <= 10_000,
        "a longest latency above the shortest and at most 10 s",
        maxLagMs);
    require(minPeak > 0 && minPeak <= 1, "a minimum peak in (0, 1]", minPeak);
    require(minPeakRatio >= 1, "a peak ratio of at least 1", minPeakRatio);
    require(exclusionMs >= 0 && exclusionMs < 100, "an exclusion of 0 to 100 ms", exclusionMs);
  }

  /** 2 s windows every 0.5 s, latency 0–2000 ms, peak ≥ 0.5 and 1.5× the next outside ±5 ms. */
  public static LatencySearch defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  private static void require(boolean ok, String expected, double found) {
    if (!ok) {
      throw new IllegalArgumentException("expected " + expected + ", found " + found);
    }
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private double windowSeconds = 2.0;
    private double hopSeconds = 0.5;
    private double minLagMs = 0;
    private double maxLagMs = 2_000;
    private double minPeak = 0.5;
    private double minPeakRatio = 1.5;
    private double exclusionMs = 5;

    private Builder() {}

    /** Window length, seconds. */
    public Builder windowSeconds(double value) {
      windowSeconds = value;
      return this;
    }

    /** Hop between windows, seconds. */
    public Builder hopSeconds(double value) {
      hopSeconds = value;
      return this;
    }

    /** Shortest latency searched, ms. */
    public Builder minLagMs(double value) {
      minLagMs = value;
      return this;
    }

    /** Longest latency searched, ms. */
    public Builder maxLagMs(double value) {
      maxLagMs = value;
      return this;
    }

    /** Smallest accepted normalised peak. */
    public Builder minPeak(double value) {
      minPeak = value;
      return this;
    }

    /** Required ratio of the peak to the next-highest value outside the exclusion. */
    public Builder minPeakRatio(double value) {
      minPeakRatio = value;
      return this;
    }

    /** Half-width of the exclusion around the peak, ms. */
    public Builder exclusionMs(double value) {
      exclusionMs = value;
      return this;
    }

    /** The validated search. */
    public LatencySearch build() {
      return new LatencySearch(
          windowSeconds, hopSeconds, minLagMs, maxLagMs, minPeak, minPeakRatio, exclusionMs);
    }
  }
}
