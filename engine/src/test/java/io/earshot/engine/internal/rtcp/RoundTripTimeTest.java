package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RoundTripTimeTest {

  @Test
  void specExampleIsAbout150Ms() {
    OptionalLong rtt = RoundTripTime.compact(0x0005E666L, 0x00054000L, 0x00008000L);
    assertEquals(OptionalLong.of(0x2666), rtt);
    assertEquals(150.0, NtpTime.compactToMillis(rtt.getAsLong()), 0.01);
    assertEquals(OptionalLong.of(150), RoundTripTime.millis(0x0005E666L, 0x00054000L, 0x8000L));
  }

  @Test
  void noSenderReportYetMeansNoRtt() {
    assertEquals(OptionalLong.empty(), RoundTripTime.compact(0x0005E666L, 0, 0));
    assertEquals(OptionalLong.empty(), RoundTripTime.millis(0x0005E666L, 0, 0x8000));
  }

  @Test
  void worksAcrossTheCompactClockWrap() {
    // LSR just before the wrap, A just after: 0x1000 + 0x1000 - 0x800 units.
    assertEquals(OptionalLong.of(0x1800), RoundTripTime.compact(0x0000_1000L, 0xFFFF_F000L, 0x800));
  }

  @Test
  void negativeResultsFromDisagreeingClocksBecomeZero() {
    assertEquals(OptionalLong.of(0), RoundTripTime.compact(0x0005_0000L, 0x0005_0000L, 1));
  }

  @Test
  void endToEndThroughSchedulerTimes() {
    long epoch = 1_700_000_000_000L;
    long srSent = 5_000_000_000L;
    long srArrives = srSent + 40_000_000L; // 40 ms out
    long rrSent = srArrives + 333_000_000L; // held 333 ms
    long rrArrives = rrSent + 60_000_000L; // 60 ms back
    long lsr = NtpTime.middle32(NtpTime.fromSchedulerTime(srSent, epoch));
    long dlsr = NtpTime.compactFromNanos(rrSent - srArrives);
    long a = NtpTime.middle32(NtpTime.fromSchedulerTime(rrArrives, epoch));
    long rtt = RoundTripTime.compact(a, lsr, dlsr).getAsLong();
    assertEquals(100.0, NtpTime.compactToMillis(rtt), 2 * 1000.0 / 65_536);
  }

  @Test
  void smoothingFollowsSevenEighths() {
    SmoothedRoundTrip rtt = new SmoothedRoundTrip();
    assertTrue(rtt.millis().isEmpty());
    rtt.addSample(100);
    assertEquals(OptionalLong.of(100), rtt.millis());
    rtt.addSample(180); // 87.5 + 22.5
    assertEquals(OptionalLong.of(110), rtt.millis());
    rtt.addSample(110.4); // 96.25 + 13.8 = 110.05
    assertEquals(OptionalLong.of(110), rtt.millis());
    assertThrows(IllegalArgumentException.class, () -> rtt.addSample(-1));
    assertThrows(IllegalArgumentException.class, () -> rtt.addSample(Double.NaN));
  }
}
