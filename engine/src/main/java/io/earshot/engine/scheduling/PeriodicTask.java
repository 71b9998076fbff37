package io.earshot.engine.scheduling;

/**
 * A fixed-rate timer built on one-shot timers. Due times are computed from the start, never from
 * the late firing of the previous run, so a 20 ms playout clock does not drift in real time.
 */
final class PeriodicTask implements Cancellable {
  private final Scheduler scheduler;
  private final Runnable task;
  private final long periodNanos;
  private final TickLateness lateness;
  private long nextDue;
  private volatile boolean cancelled;
  private volatile Cancellable pending;

  PeriodicTask(Scheduler scheduler, Runnable task, long initialDelayNanos, long periodNanos) {
    this(scheduler, task, initialDelayNanos, periodNanos, null);
  }

  /** As above; each tick's lateness goes to {@code lateness} (null: not measured). */
  PeriodicTask(
      Scheduler scheduler,
      Runnable task,
      long initialDelayNanos,
      long periodNanos,
      TickLateness lateness) {
    if (periodNanos <= 0) {
      throw new IllegalArgumentException("period must be > 0 ns, was " + periodNanos);
    }
    this.scheduler = scheduler;
    this.task = task;
    this.periodNanos = periodNanos;
    this.lateness = lateness;
    this.nextDue = scheduler.nanoTime() + Math.max(0, initialDelayNanos);
    pending = scheduler.schedule(this::fire, Math.max(0, initialDelayNanos));
  }

  private void fire() {
    if (cancelled) {
      return;
    }
    if (lateness != null) {
      lateness.onTick(nextDue, scheduler.nanoTime());
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
