package io.earshot.netem.internal.random;

/**
 * SplitMix64 (Steele, Lea, Flood 2014; constants as in Vigna's reference {@code splitmix64.c}).
 *
 * <p>Used only to expand one 64-bit seed into a generator state and to mix derived seeds: its
 * output function is a good 64-bit finalizer, so nearby seeds give unrelated states.
 */
public final class SplitMix64 {

  static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  /** Starts the sequence at {@code seed}; every 64-bit value is a valid seed. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /** Returns the next value of the sequence. */
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** The SplitMix64 output function: a bijective 64-bit finalizer. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
