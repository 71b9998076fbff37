package io.earshot.engine.scheduling;

/**
 * A fixed-rate timer built on one-shot timers. Due times are computed from the start, never from
 * the late firing of the previous run, so a 20 ms playout clock does not drift in real time.
 */
final class PeriodicTask implements Cancellable {
  private final Scheduler scheduler;
  private final Runnable task;
  private final long periodNanos;
  private long nextDue;
  private volatile boolean cancelled;
  private volatile Cancellable pending;

  PeriodicTask(Scheduler scheduler, Runnable task, long initialDelayNanos, long periodNanos) {
    if (periodNanos <= 0) {
      throw new IllegalArgumentException("period must be > 0 ns, was " + periodNanos);
    }
    this.scheduler = scheduler;
    this.task = task;
    this.periodNanos = periodNanos;
    this.nextDue = scheduler.nanoTime() + Math.max(0, initialDelayNanos);
    pending = scheduler.schedule(this::fire, Math.max(0, initialDelayNanos));
  }

  private void fire() {
    if (cancelled) {
      return;
    }
    task.run();
    if (cancelled) {
      return;
    }
    nextDue += periodNanos;
    pending = scheduler.schedule(this::fire, nextDue - scheduler.nanoTime());
  }

  @Override
  public void cancel() {
    cancelled = true;
    pending.cancel();
  }
}
