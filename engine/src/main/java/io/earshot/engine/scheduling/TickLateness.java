package io.earshot.engine.scheduling;

/**
 * How punctually a fixed-rate clock (an engine's 20 ms capture or playout clock) fired: ticks,
 * ticks more than {@link #LATE_NANOS} after their due time, and the worst lateness. In simulated
 * time every tick is on time; in real time a late tick means the machine could not keep up.
 * Thread-safe.
 */
public final class TickLateness {
  /** A tick this much after its due time is late. */
  public static final long LATE_NANOS = 10_000_000L;

  private long ticks;
  private long late;
  private long worstNanos;

  /** One tick due at {@code dueNanos} that fired at {@code firedNanos} (scheduler times). */
  public synchronized void onTick(long dueNanos, long firedNanos) {
    long lateness = firedNanos - dueNanos;
    ticks++;
    if (lateness > LATE_NANOS) {
      late++;
    }
    worstNanos = Math.max(worstNanos, lateness);
  }

  public synchronized long ticks() {
    return ticks;
  }

  public synchronized long late() {
    return late;
  }

  public synchronized long worstNanos() {
    return worstNanos;
  }
}
