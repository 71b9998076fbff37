package io.earshot.engine.internal.media;

/**
 * Settings of a {@link JitterBuffer}; the one place their defaults are written down.
 *
 * @param targetDelayNanos how long after a (re)start's first arrival playout begins; default 60 ms
 * @param capacityFrames most frames held; one more drops the oldest; default 50 (1 s)
 * @param maxDropout how far (in packets, either way) a sequence number may sit from the highest
 *     seen before it counts as a jump that needs a second consecutive packet to confirm; default
 *     3000, the MAX_DROPOUT of RFC 3550 A.1
 * @param underrunFrames consecutive MISSING ticks after which the buffer stops concealing slot by
 *     slot and rebuffers on whatever arrives next; default 10 (200 ms)
 */
public record JitterBufferConfig(
    long targetDelayNanos, int capacityFrames, int maxDropout, int underrunFrames) {

  /** Default prebuffering delay: 60 ms, three frames. */
  public static final long DEFAULT_TARGET_DELAY_NANOS = 60_000_000L;

  /** Default capacity: 50 frames = 1 s. */
  public static final int DEFAULT_CAPACITY_FRAMES = 50;

  /** Default jump threshold (RFC 3550 MAX_DROPOUT). */
  public static final int DEFAULT_MAX_DROPOUT = 3000;

  /** Default underrun length before rebuffering. */
  public static final int DEFAULT_UNDERRUN_FRAMES = 10;

  /** Validates each setting, naming it. */
  public JitterBufferConfig {
    if (targetDelayNanos < 0) {
      throw new IllegalArgumentException("targetDelayNanos must be >= 0, was " + targetDelayNanos);
    }
    if (capacityFrames < 1) {
      throw new IllegalArgumentException("capacityFrames must be >= 1, was " + capacityFrames);
    }
    // Beyond half the sequence space "ahead" and "behind" stop being distinguishable.
    if (maxDropout < 1 || maxDropout >= 1 << 15) {
      throw new IllegalArgumentException("maxDropout must be in 1..32767, was " + maxDropout);
    }
    if (underrunFrames < 1) {
      throw new IllegalArgumentException("underrunFrames must be >= 1, was " + underrunFrames);
    }
  }

  /** All defaults. */
  public static JitterBufferConfig defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Mutable builder; {@link #build()} validates. */
  public static final class Builder {
    private long targetDelayNanos = DEFAULT_TARGET_DELAY_NANOS;
    private int capacityFrames = DEFAULT_CAPACITY_FRAMES;
    private int maxDropout = DEFAULT_MAX_DROPOUT;
    private int underrunFrames = DEFAULT_UNDERRUN_FRAMES;

    private Builder() {}

    /** Prebuffering delay in nanoseconds. */
    public Builder targetDelayNanos(long value) {
      this.targetDelayNanos = value;
      return this;
    }

    /** Maximum buffered frames. */
    public Builder capacityFrames(int value) {
      this.capacityFrames = value;
      return this;
    }

    /** Jump threshold in packets. */
    public Builder maxDropout(int value) {
      this.maxDropout = value;
      return this;
    }

    /** Consecutive MISSING ticks before rebuffering. */
    public Builder underrunFrames(int value) {
      this.underrunFrames = value;
      return this;
    }

    /** The validated configuration. */
    public JitterBufferConfig build() {
      return new JitterBufferConfig(targetDelayNanos, capacityFrames, maxDropout, underrunFrames);
    }
  }
}
