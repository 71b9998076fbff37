package io.earshot.engine.internal.rtcp;

import io.earshot.engine.scheduling.Scheduler;

/**
 * NTP timestamps for RTCP from the engine's scheduler: its nanoseconds since an origin, anchored to
 * the Unix time of that origin, so that round trips keep nanosecond resolution (simulated time
 * gives consistent values for free).
 */
public final class NtpClock {
  private final Scheduler scheduler;
  private final long originNanos;
  private final long originEpochMillis;

  public NtpClock(Scheduler scheduler) {
    this.scheduler = scheduler;
    this.originNanos = scheduler.nanoTime();
    this.originEpochMillis = scheduler.epochMillis();
  }

  /** The 64-bit NTP timestamp of now. */
  public long now() {
    return NtpTime.fromSchedulerTime(scheduler.nanoTime() - originNanos, originEpochMillis);
  }

  /** The compact (middle 32 bits) NTP timestamp of now, as RTT arithmetic uses it. */
  public long compactNow() {
    return NtpTime.middle32(now());
  }
}
