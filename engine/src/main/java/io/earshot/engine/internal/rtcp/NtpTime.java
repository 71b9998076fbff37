package io.earshot.engine.internal.rtcp;

/**
 * NTP timestamps (RFC 5905 format, as RTCP uses them) computed from the engine's time source, which
 * is a scheduler time in nanoseconds plus the Unix time of its origin. Nothing here reads a clock,
 * so simulated time yields consistent NTP values for free. A 64-bit NTP timestamp is seconds since
 * 1900 in the high 32 bits and a binary fraction in the low 32, held as a {@code long}'s raw bits;
 * the "compact" form that LSR, DLSR and RTT use is its middle 32 bits, in units of 1/65536 s.
 */
public final class NtpTime {
  /** Seconds from 1900-01-01 (NTP era 0) to 1970-01-01 (the Unix epoch). */
  public static final long UNIX_TO_NTP_SECONDS = 2_208_988_800L;

  /** Compact NTP units per second. */
  public static final long COMPACT_UNITS_PER_SECOND = 65_536;

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final long MAX_UNSIGNED_32 = 0xFFFF_FFFFL;

  private NtpTime() {}

  /**
   * The 64-bit NTP timestamp of a scheduler instant. The seconds wrap at 2^32 (the NTP era boundary
   * in 2036), as on the wire; the fraction is rounded down.
   *
   * @param schedulerNanos the scheduler's time in nanoseconds
   * @param epochMillis the Unix time in milliseconds that scheduler time 0 corresponds to
   */
  public static long fromSchedulerTime(long schedulerNanos, long epochMillis) {
    // Seconds and sub-second nanoseconds are kept apart so no product can overflow.
    long seconds =
        Math.floorDiv(epochMillis, 1000) + Math.floorDiv(schedulerNanos, NANOS_PER_SECOND);
    long nanos =
        Math.floorMod(epochMillis, 1000) * 1_000_000L
            + Math.floorMod(schedulerNanos, NANOS_PER_SECOND);
    if (nanos >= NANOS_PER_SECOND) {
      seconds++;
      nanos -= NANOS_PER_SECOND;
    }
    long ntpSeconds = (seconds + UNIX_TO_NTP_SECONDS) & MAX_UNSIGNED_32;
    long fraction = (nanos << 32) / NANOS_PER_SECOND;
    return (ntpSeconds << 32) | fraction;
  }

  /** The middle 32 bits of a 64-bit NTP timestamp: 16 bits of seconds, 16 of fraction. */
  public static long middle32(long ntpTimestamp) {
    return (ntpTimestamp >>> 16) & MAX_UNSIGNED_32;
  }

  /**
   * A duration in compact NTP units (1/65536 s), rounded down and saturated at 2^32-1 (18.2 hours),
   * as DLSR and DLRR carry it.
   *
   * @throws IllegalArgumentException if the duration is negative
   */
  public static long compactFromNanos(long durationNanos) {
    if (durationNanos < 0) {
      throw new IllegalArgumentException("duration must not be negative, was " + durationNanos);
    }
    long whole = durationNanos / NANOS_PER_SECOND;
    if (whole >= 0x1_0000L) {
      return MAX_UNSIGNED_32;
    }
    long part = ((durationNanos % NANOS_PER_SECOND) << 16) / NANOS_PER_SECOND;
    return (whole << 16) | part;
  }

  /** A compact NTP duration (1/65536 s, unsigned 32-bit) in milliseconds. */
  public static double compactToMillis(long compact) {
    return (compact & MAX_UNSIGNED_32) * 1000.0 / COMPACT_UNITS_PER_SECOND;
  }
}
