package io.earshot.engine.internal.codec;

/**
 * Encoder settings for {@link OpusCodecFactory}; the one place their defaults are written down.
 * Application is always VOIP (speech-tuned, with the high-pass and echo-friendly choices that
 * implies) and in-band FEC is off until the media path can use it.
 *
 * @param bitrateBps target bitrate, 6 000..510 000 b/s (libopus's range); default 48 000
 * @param complexity encoder effort 0..10; default 5 (about 200 µs/frame here against 250 µs at 10)
 */
public record OpusCodecConfig(int bitrateBps, int complexity) {
  /** Default target bitrate. */
  public static final int DEFAULT_BITRATE_BPS = 48_000;

  /** Default encoder complexity. */
  public static final int DEFAULT_COMPLEXITY = 5;

  /**
   * Validates the ranges libopus accepts, so a bad value fails here with its name, not in native
   * code.
   */
  public OpusCodecConfig {
    if (bitrateBps < 6_000 || bitrateBps > 510_000) {
      throw new IllegalArgumentException("bitrateBps must be in 6000..510000, was " + bitrateBps);
    }
    if (complexity < 0 || complexity > 10) {
      throw new IllegalArgumentException("complexity must be in 0..10, was " + complexity);
    }
  }

  /** The defaults: 48 kb/s, complexity 5. */
  public static OpusCodecConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private int bitrateBps = DEFAULT_BITRATE_BPS;
    private int complexity = DEFAULT_COMPLEXITY;

    private Builder() {}

    /** Target bitrate in b/s. */
    public Builder bitrateBps(int value) {
      this.bitrateBps = value;
      return this;
    }

    /** Encoder complexity 0..10. */
    public Builder complexity(int value) {
      this.complexity = value;
      return this;
    }

    /** The validated configuration. */
    public OpusCodecConfig build() {
      return new OpusCodecConfig(bitrateBps, complexity);
    }
  }
}
