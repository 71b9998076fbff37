package io.earshot.netem.internal.random;

/**
 * xoshiro256** 1.0 (Blackman and Vigna), the project's only source of random numbers.
 *
 * <p>Implemented here rather than taken from the JDK so that sequences never change with the Java
 * version; golden-value tests pin them. Not thread-safe: each stage owns its own instance and uses
 * it from the link's single executor.
 */
public final class Xoshiro256StarStar {

  private static final double DOUBLE_UNIT = 0x1.0p-53;

  private long s0;
  private long s1;
  private long s2;
  private long s3;

  /** Seeds the state with four successive SplitMix64 outputs, as the authors recommend. */
  public Xoshiro256StarStar(long seed) {
    SplitMix64 seeder = new SplitMix64(seed);
    this.s0 = seeder.nextLong();
    this.s1 = seeder.nextLong();
    this.s2 = seeder.nextLong();
    this.s3 = seeder.nextLong();
  }

  /**
   * Uses the given state words directly (for reference test vectors).
   *
   * @throws IllegalArgumentException if all four words are zero, the one state the generator never
   *     leaves
   */
  public Xoshiro256StarStar(long s0, long s1, long s2, long s3) {
    if ((s0 | s1 | s2 | s3) == 0) {
      throw new IllegalArgumentException(
          "xoshiro256** state must have at least one non-zero word, found all zero");
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
  }

  /** Returns the next 64 random bits. */
  public long nextLong() {
    long result = Long.rotateLeft(s1 * 5, 7) * 9;
    long t = s1 << 17;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = Long.rotateLeft(s3, 45);
    return result;
  }

  /** Returns a uniform double in [0, 1) built from the top 53 bits of one draw. */
  public double nextDouble() {
    return (nextLong() >>> 11) * DOUBLE_UNIT;
  }

  /**
   * Returns a value in [0, bound) from exactly one draw (Lemire's multiply-shift without the
   * rejection step). The bias is below bound / 2^32, negligible for the bounds a stage uses, and a
   * fixed draw count per call keeps each stage's stream aligned with the packet index.
   *
   * @throws IllegalArgumentException if bound is not positive
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, found " + bound);
    }
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }
}
