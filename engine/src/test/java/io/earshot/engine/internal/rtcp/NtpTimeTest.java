package io.earshot.engine.internal.rtcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NtpTimeTest {
  private static final long NTP_AT_UNIX_EPOCH = 0x83AA7E80L; // 2 208 988 800 s

  @Test
  void unixEpochIsNtpSeconds2208988800() {
    assertEquals(NTP_AT_UNIX_EPOCH << 32, NtpTime.fromSchedulerTime(0, 0));
  }

  @Test
  void halfASecondIsHalfTheFraction() {
    assertEquals(
        (NTP_AT_UNIX_EPOCH << 32) | 0x8000_0000L, NtpTime.fromSchedulerTime(500_000_000, 0));
    assertEquals((NTP_AT_UNIX_EPOCH << 32) | 0x8000_0000L, NtpTime.fromSchedulerTime(0, 500));
  }

  @Test
  void anchorMillisAndSchedulerNanosCarryIntoSeconds() {
    long ntp = NtpTime.fromSchedulerTime(877_000_000L, 1_700_000_000_123L);
    assertEquals(1_700_000_001L + 2_208_988_800L, ntp >>> 32);
    assertEquals(0, ntp & 0xFFFF_FFFFL);
  }

  @Test
  void longRunsDoNotOverflow() {
    long tenDays = 10L * 86_400 * 1_000_000_000L;
    long ntp = NtpTime.fromSchedulerTime(tenDays + 250_000_000L, 1_700_000_000_000L);
    assertEquals(1_700_000_000L + 864_000 + 2_208_988_800L, ntp >>> 32);
    assertEquals(0x4000_0000L, ntp & 0xFFFF_FFFFL);
  }

  @Test
  void secondsWrapAtTheEraBoundaryIn2036() {
    long unixAtWrap = (1L << 32) - 2_208_988_800L;
    assertEquals(1L << 32, NtpTime.fromSchedulerTime(1_000_000_000L, unixAtWrap * 1000));
    assertEquals(0, NtpTime.fromSchedulerTime(0, unixAtWrap * 1000));
  }

  @Test
  void middleBitsAreLowSecondsAndHighFraction() {
    assertEquals(0x7E80_8000L, NtpTime.middle32((NTP_AT_UNIX_EPOCH << 32) | 0x8000_0000L));
    assertEquals(0xFFFF_FFFFL, NtpTime.middle32(-1L));
  }

  @Test
  void compactDurations() {
    assertEquals(65_536, NtpTime.compactFromNanos(1_000_000_000L));
    assertEquals(32_768, NtpTime.compactFromNanos(500_000_000L));
    assertEquals(9830, NtpTime.compactFromNanos(150_000_000L)); // 9830.4 rounded down
    assertEquals(0xFFFF_FFFFL, NtpTime.compactFromNanos(70_000L * 1_000_000_000L));
    assertEquals(150.0, NtpTime.compactToMillis(9830), 0.01);
    assertThrows(IllegalArgumentException.class, () -> NtpTime.compactFromNanos(-1));
  }
}
