package io.earshot.netem.internal.random;

import java.util.Arrays;
import java.util.Objects;

/**
 * Hands out one generator per named stream under a master seed and a fixed label prefix (typically
 * the link id). Two calls with the same labels give two generators with the same sequence: callers
 * own what they get.
 */
public final class RandomStreams {

  private final long masterSeed;
  private final String[] prefix;

  /** Streams derived from {@code masterSeed}, each name prefixed with {@code prefix}. */
  public RandomStreams(long masterSeed, String... prefix) {
    this.masterSeed = masterSeed;
    this.prefix = Arrays.copyOf(Objects.requireNonNull(prefix, "prefix"), prefix.length);
  }

  /** The master seed every stream is derived from. */
  public long masterSeed() {
    return masterSeed;
  }

  /** Returns a fresh generator for the stream {@code prefix + labels}. */
  public Xoshiro256StarStar stream(String... labels) {
    String[] path = Arrays.copyOf(prefix, prefix.length + labels.length);
    System.arraycopy(labels, 0, path, prefix.length, labels.length);
    return new Xoshiro256StarStar(SeedDerivation.derive(masterSeed, path));
  }

  /** Returns streams under this one's prefix extended by {@code labels}. */
  public RandomStreams child(String... labels) {
    String[] path = Arrays.copyOf(prefix, prefix.length + labels.length);
    System.arraycopy(labels, 0, path, prefix.length, labels.length);
    return new RandomStreams(masterSeed, path);
  }
}
