package io.earshot.engine.internal.rtcp;

import java.util.OptionalLong;

/**
 * Round-trip time from an echoed timestamp (RFC 3550 §6.4.1, and the same arithmetic for XR
 * RRTR/DLRR, RFC 3611 §4.5): {@code RTT = A − LSR − DLSR} in compact NTP units (1/65536 s), where A
 * is the middle 32 bits of the NTP time the report arrived, LSR the echoed middle bits of the
 * originator's timestamp and DLSR the time the echoer held it. All three are unsigned 32-bit and
 * the subtraction is modulo 2^32, so it works across the wrap of the compact clock every 18 hours.
 */
public final class RoundTripTime {
  private static final long MAX_UNSIGNED_32 = 0xFFFF_FFFFL;

  private RoundTripTime() {}

  /**
   * The RTT in compact NTP units, or empty when {@code lastSenderReport} is 0 ("no SR received
   * yet", so there is nothing to measure). A result that is negative as a signed 32-bit value can
   * only come from clocks that disagree by more than the RTT (or from rounding of the compact
   * fields on a near-zero path); it is reported as 0 rather than as an 18-hour round trip.
   */
  public static OptionalLong compact(long arrival, long lastSenderReport, long delaySinceLast) {
    if (lastSenderReport == 0) {
      return OptionalLong.empty();
    }
    long rtt = (arrival - lastSenderReport - delaySinceLast) & MAX_UNSIGNED_32;
    return OptionalLong.of(rtt > Integer.MAX_VALUE ? 0 : rtt);
  }

  /** A report block's RTT in milliseconds; see {@link #compact}. */
  public static OptionalLong millis(long arrival, long lastSenderReport, long delaySinceLast) {
    OptionalLong c = compact(arrival, lastSenderReport, delaySinceLast);
    return c.isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(Math.round(NtpTime.compactToMillis(c.getAsLong())));
  }
}
