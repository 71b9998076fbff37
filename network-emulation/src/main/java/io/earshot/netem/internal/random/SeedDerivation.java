package io.earshot.netem.internal.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Derives independent seeds from one master seed and a path of labels, e.g. {@code (seed, "alice",
 * "uplink", "datagram", "loss")}, so each stage of each link has its own stream and adding a stage
 * to one link never shifts another's draws (ns-3's AssignStreams idea).
 *
 * <p>Labels are hashed with FNV-1a 64 over their UTF-8 bytes, never {@code String.hashCode()} (32
 * bits, and its stability is a JDK detail). A 0xFF byte, which UTF-8 never produces, separates
 * labels so {@code ("ab", "c")} and {@code ("a", "bc")} differ.
 */
public final class SeedDerivation {

  static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;
  private static final int LABEL_SEPARATOR = 0xFF;

  private SeedDerivation() {}

  /** Returns the seed for the stream named by {@code labels} under {@code masterSeed}. */
  public static long derive(long masterSeed, String... labels) {
    Objects.requireNonNull(labels, "labels");
    long hash = FNV_OFFSET_BASIS;
    for (int i = 0; i < labels.length; i++) {
      Objects.requireNonNull(labels[i], () -> "seed label must not be null");
      if (i > 0) {
        hash = fnvStep(hash, LABEL_SEPARATOR);
      }
      hash = fnv1a64(hash, labels[i].getBytes(StandardCharsets.UTF_8));
    }
    // Mix the master first so that seeds 0, 1, 2... are far apart before combining.
    return SplitMix64.mix(SplitMix64.mix(masterSeed) ^ hash);
  }

  /** FNV-1a 64 of {@code bytes}, starting from {@code hash} (use the offset basis to start). */
  static long fnv1a64(long hash, byte[] bytes) {
    for (byte b : bytes) {
      hash = fnvStep(hash, b & 0xFF);
    }
    return hash;
  }

  private static long fnvStep(long hash, int octet) {
    return (hash ^ octet) * FNV_PRIME;
  }
}
