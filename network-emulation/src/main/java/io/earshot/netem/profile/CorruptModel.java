package io.earshot.netem.profile;

import static io.earshot.netem.profile.ProfileChecks.percent;

/**
 * Payload corruption (spec 3.9): with probability {@code p} (correlated by the 2-state mapping) a
 * packet's payload is damaged on a copy of the array, before the (re)sending socket computes its
 * checksum, so the damage reaches the application. Either {@code bitFlips} random bits are flipped,
 * or ({@code bitFlips == 0}) the payload is truncated to a random shorter length.
 *
 * @param probability in [0, 1]
 * @param correlation in [0, 1)
 * @param bitFlips bits flipped per corrupted packet, in [1, 64]; 0 means truncate
 */
public record CorruptModel(double probability, double correlation, int bitFlips) {

  /** Validates every field. */
  public CorruptModel {
    ProfileChecks.probability("corrupt probability", probability);
    ProfileChecks.correlation("corrupt correlation", correlation);
    if (bitFlips < 0 || bitFlips > 64) {
      throw new IllegalArgumentException(
          "corrupt bit flips must be in [1, 64] (0 = truncate), found " + bitFlips);
    }
  }

  /** Flips {@code bits} random payload bits in a fraction {@code p} of packets. */
  public static CorruptModel bitFlips(double p, int bits) {
    if (bits == 0) {
      throw new IllegalArgumentException("corrupt bit flips must be in [1, 64], found 0");
    }
    return new CorruptModel(p, 0.0, bits);
  }

  /** Truncates a fraction {@code p} of packets to a random length in [0, size). */
  public static CorruptModel truncate(double p) {
    return new CorruptModel(p, 0.0, 0);
  }

  /** The same with lag-1 correlation {@code c}. */
  public CorruptModel withCorrelation(double c) {
    return new CorruptModel(probability, c, bitFlips);
  }

  /** True when corrupted packets are truncated rather than bit-flipped. */
  public boolean truncates() {
    return bitFlips == 0;
  }

  /** Canonical text for reports. */
  public String describe() {
    return "corrupt "
        + percent(probability)
        + (correlation > 0 ? " corr " + percent(correlation) : "")
        + (truncates() ? " truncate" : " " + bitFlips + " bit" + (bitFlips > 1 ? "s" : ""));
  }
}
