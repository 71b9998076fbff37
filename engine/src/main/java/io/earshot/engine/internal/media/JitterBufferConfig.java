package io.earshot.engine.internal.media;

/**
 * Settings of an {@link AdaptiveJitterBuffer}; the one place their defaults are written down.
 *
 * @param initialTargetNanos the target delay before enough arrivals were seen to estimate one
 * @param minTargetNanos the floor of the target delay
 * @param maxTargetNanos the ceiling of the target delay
 * @param quantile the share of recent packets the target delay must cover (NetEq-like)
 * @param historyPackets how many recent arrivals the estimate looks at
 * @param capacityFrames most frames held; one more drops the oldest
 */
public record JitterBufferConfig(
    long initialTargetNanos,
    long minTargetNanos,
    long maxTargetNanos,
    double quantile,
    int historyPackets,
    int capacityFrames) {

  /** 60 ms to start, 40 ms to 400 ms, the 95th percentile of the last 2 s, 5 s of capacity. */
  public static final JitterBufferConfig DEFAULTS =
      new JitterBufferConfig(60_000_000L, 40_000_000L, 400_000_000L, 0.95, 100, 250);

  /** The initial target, in milliseconds (the engine's nominal jitter-buffer delay). */
  public static final int DEFAULT_TARGET_MILLIS = 60;

  public JitterBufferConfig {
    if (minTargetNanos < 0 || maxTargetNanos < minTargetNanos) {
      throw new IllegalArgumentException(
          "target delay bounds must satisfy 0 <= min <= max, found "
              + minTargetNanos
              + " and "
              + maxTargetNanos);
    }
    if (initialTargetNanos < minTargetNanos || initialTargetNanos > maxTargetNanos) {
      throw new IllegalArgumentException(
          "the initial target must lie in [min, max], found " + initialTargetNanos);
    }
    if (!(quantile > 0 && quantile <= 1)) {
      throw new IllegalArgumentException("quantile must be in (0, 1], found " + quantile);
    }
    if (historyPackets < 10 || capacityFrames < 10) {
      throw new IllegalArgumentException(
          "history and capacity must be at least 10, found "
              + historyPackets
              + ", "
              + capacityFrames);
    }
  }

  /** The defaults with another initial target (from the engine's environment). */
  public static JitterBufferConfig withInitialTarget(long nanos) {
    JitterBufferConfig d = DEFAULTS;
    long min = Math.min(d.minTargetNanos, nanos);
    long max = Math.max(d.maxTargetNanos, nanos);
    return new JitterBufferConfig(nanos, min, max, d.quantile, d.historyPackets, d.capacityFrames);
  }
}
