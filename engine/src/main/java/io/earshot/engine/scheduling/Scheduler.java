package io.earshot.engine.scheduling;

import java.util.concurrent.Executor;

/**
 * The only source of time and timers for the engine and the server. A real-time implementation
 * lives in {@link RealTimeScheduler}; a simulated-time implementation replaces it to run whole
 * calls on a virtual clock. Tasks submitted to one scheduler run one at a time in submission order
 * (and, for timers, in order of due time, ties in submission order).
 */
public interface Scheduler extends Executor {
  /** Monotonic time of this scheduler in nanoseconds; only differences are meaningful. */
  long nanoTime();

  /** Unix time in milliseconds as this scheduler sees it (for token expiry). */
  long epochMillis();

  /**
   * Runs {@code task} once after {@code delayNanos} (0 or negative: as soon as possible, after
   * queued tasks).
   */
  Cancellable schedule(Runnable task, long delayNanos);

  /** Whether the calling thread is the one this scheduler runs tasks on. */
  boolean inEventLoop();

  /** Runs {@code task} at a fixed period, drift-free (due times are start + k·period). */
  default Cancellable scheduleAtFixedRate(Runnable task, long initialDelayNanos, long periodNanos) {
    return new PeriodicTask(this, task, initialDelayNanos, periodNanos);
  }

  /** As {@link #scheduleAtFixedRate}, measuring each tick's lateness into {@code lateness}. */
  default Cancellable scheduleAtFixedRate(
      Runnable task, long initialDelayNanos, long periodNanos, TickLateness lateness) {
    return new PeriodicTask(this, task, initialDelayNanos, periodNanos, lateness);
  }
}
