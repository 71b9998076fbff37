package io.earshot.netem.internal.random;

import java.util.SplittableRandom;

/**
 * SplitMix64 (Steele, Lea, Flood 2014), as the JDK's {@link SplittableRandom} implements it: the
 * project keeps no copy of the algorithm; golden tests pin the published outputs.
 *
 * <p>Used only to expand one 64-bit seed into a generator state and to mix derived seeds: its
 * output function is a good 64-bit finalizer, so nearby seeds give unrelated states.
 */
public final class SplitMix64 {

  static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final SplittableRandom generator;

  /** Starts the sequence at {@code seed}; every 64-bit value is a valid seed. */
  public SplitMix64(long seed) {
    this.generator = new SplittableRandom(seed);
  }

  /** Returns the next value of the sequence. */
  public long nextLong() {
    return generator.nextLong();
  }

  /** The SplitMix64 output function: a bijective 64-bit finalizer. */
  public static long mix(long z) {
    // The first output of a generator seeded one step back is the output function of z.
    return new SplittableRandom(z - GOLDEN_GAMMA).nextLong();
  }
}
