package io.earshot.netem.internal.outage;

/** Up for {@code on}, down for {@code off}, repeating from the epoch (starts up). */
final class PeriodicOutageTimeline implements OutageTimeline {

  private final long epoch;
  private final long on;
  private final long period;

  PeriodicOutageTimeline(long epochNanos, long onNanos, long offNanos) {
    this.epoch = epochNanos;
    this.on = onNanos;
    this.period = onNanos + offNanos;
  }

  @Override
  public boolean isDownAt(long atNanos) {
    return atNanos >= epoch && Math.floorMod(atNanos - epoch, period) >= on;
  }

  @Override
  public long upAt(long atNanos) {
    if (!isDownAt(atNanos)) {
      return atNanos;
    }
    long cycleStart = atNanos - Math.floorMod(atNanos - epoch, period);
    return cycleStart + period;
  }
}
