package io.earshot.engine.random;

/**
 * SplitMix64: a small, fast, seeded generator implemented here so that sequences never change with
 * the JDK. The engine uses it for SSRCs, initial sequence numbers and nonces; every instance comes
 * from an explicit seed, so a scenario seed reproduces them.
 */
public final class SeededRandom {
  private final long seed;
  private long state;

  public SeededRandom(long seed) {
    this.seed = seed;
    this.state = seed;
  }

  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
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
   * A child generator derived from this one's seed and a label (FNV-1a 64, then SplitMix64 mixing).
   * It draws nothing from this generator, so the order in which children are made does not matter.
   */
  public SeededRandom split(String label) {
    long h = 0xcbf29ce484222325L;
    for (byte b : label.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return new SeededRandom(new SeededRandom(seed ^ h).nextLong());
  }
}
