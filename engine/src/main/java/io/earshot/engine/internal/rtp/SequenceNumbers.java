package io.earshot.engine.internal.rtp;

/**
 * Arithmetic on 16-bit RTP sequence numbers, which wrap every 65 536 packets (about 22 minutes at
 * 50 packets/s, so every long call meets it). "Newer" means ahead by less than half the space
 * (serial number arithmetic, RFC 1982), and an extended index is the unbounded count that a
 * wrap-free sequence would have had.
 */
public final class SequenceNumbers {
  /** Number of distinct sequence numbers. */
  public static final int MODULUS = 1 << 16;

  private SequenceNumbers() {}

  /** The sequence number after {@code seq}, wrapping 65535 → 0. */
  public static int next(int seq) {
    return (check(seq) + 1) & 0xFFFF;
  }

  /**
   * Signed shortest distance from {@code from} to {@code to}, in -32768..32767: positive when
   * {@code to} is newer. Exactly half-way (32768 apart) counts as -32768, i.e. older, so the result
   * is unique.
   */
  public static int distance(int from, int to) {
    return (short) (check(to) - check(from));
  }

  /** Orders {@code a} and {@code b} modulo 2^16: negative if {@code a} is older, 0 if equal. */
  public static int compare(int a, int b) {
    return Integer.signum(distance(b, a));
  }

  /** Whether {@code a} is newer than {@code b} modulo 2^16. */
  public static boolean isNewer(int a, int b) {
    return distance(b, a) > 0;
  }

  /**
   * Extends {@code seq} to the 64-bit index nearest to {@code reference} (typically the highest
   * extended index seen so far) that has {@code seq} as its low 16 bits. A packet just past a wrap
   * lands one cycle above the reference, a reordered one from before the wrap one cycle below.
   */
  public static long extend(int seq, long reference) {
    return reference + distance((int) (reference & 0xFFFF), seq);
  }

  private static int check(int seq) {
    if (seq < 0 || seq > 0xFFFF) {
      throw new IllegalArgumentException("sequence number must be in 0..65535, was " + seq);
    }
    return seq;
  }
}
