package io.earshot.netem.internal.outage;

/** One down window {@code [start, start + duration)}. */
final class ScheduledOutageTimeline implements OutageTimeline {

  private final long start;
  private final long end;

  ScheduledOutageTimeline(long startNanos, long durationNanos) {
    this.start = startNanos;
    this.end = startNanos + durationNanos;
  }

  @Override
  public boolean isDownAt(long atNanos) {
    return atNanos >= start && atNanos < end;
  }

  @Override
  public long upAt(long atNanos) {
    return isDownAt(atNanos) ? end : atNanos;
  }
}
