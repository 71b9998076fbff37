package io.earshot.engine.random;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The engine's seeded generator: SplitMix64, as the JDK's {@link SplittableRandom} implements it
 * (the project keeps no copy of its own; golden tests pin the sequence). Used for SSRCs, initial
 * sequence numbers, nonces and media tokens in simulated time; every instance comes from an
 * explicit seed, so a scenario seed reproduces them.
 */
public final class SeededRandom {
  private final long seed;
  private final SplittableRandom generator;

  public SeededRandom(long seed) {
    this.seed = seed;
    this.generator = new SplittableRandom(seed);
  }

  /** The seed of the stream named by {@code labels} under {@code seed} (each label one split). */
  public static long derive(long seed, String... labels) {
    long derived = seed;
    for (String label : labels) {
      derived = new SeededRandom(derived).split(label).seed;
    }
    return derived;
  }

  public long nextLong() {
    return generator.nextLong();
  }

  /** Uniform in [0, 2^32). */
  public long nextUnsignedInt() {
    return nextLong() >>> 32;
  }

  /** Uniform in [0, bound) for 0 < bound ≤ 2^31. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, was " + bound);
    }
    return (int) ((nextUnsignedInt() * bound) >>> 32);
  }

  /**
   * A child generator derived from this one's seed and a label (FNV-1a 64 of the label's UTF-8,
   * then one SplitMix64 step). It draws nothing from this generator, so the order in which children
   * are made does not matter.
   */
  public SeededRandom split(String label) {
    long h = 0xcbf29ce484222325L;
    for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new SeededRandom(new SplittableRandom(seed ^ h).nextLong());
  }
}
