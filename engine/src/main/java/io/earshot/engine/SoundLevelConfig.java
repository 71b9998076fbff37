package io.earshot.engine;

/**
 * Options of the sound-level monitor (contract §1.2, §3.6). {@code millisecond} is the callback
 * period, valid from 100 to 3000 ms ({@link ExpressEngine#startSoundLevelMonitor(SoundLevelConfig)}
 * refuses other values with {@code 1006031}); {@code enableVAD} adds voice detection to the {@link
 * SoundLevelInfo} callbacks.
 */
public record SoundLevelConfig(int millisecond, boolean enableVAD) {
  /** Shortest accepted period, in milliseconds. */
  public static final int MIN_MILLISECOND = 100;

  /** Longest accepted period, in milliseconds. */
  public static final int MAX_MILLISECOND = 3000;

  /** The defaults: every 100 ms, no voice detection. */
  public static SoundLevelConfig defaults() {
    return new SoundLevelConfig(MIN_MILLISECOND, false);
  }

  /** Whether {@code millisecond} is within [100, 3000]. */
  public boolean isValid() {
    return millisecond >= MIN_MILLISECOND && millisecond <= MAX_MILLISECOND;
  }
}
