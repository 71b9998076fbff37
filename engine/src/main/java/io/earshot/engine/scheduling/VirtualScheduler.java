package io.earshot.engine.scheduling;

import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;

/**
 * Simulated time: one queue of tasks ordered by (due time, insertion order), run on the thread that
 * drives it; time jumps to the next task and nothing waits on the wall clock. The same run with the
 * same inputs executes the same tasks in the same order. Scenarios run engines, server and emulator
 * on one of these; tests drive it with {@link #advance} and {@link #runUntilIdle}.
 */
public final class VirtualScheduler implements Scheduler {
  /** Unix time (ms) that virtual time 0 stands for unless told otherwise: 2024-01-01T00:00:00Z. */
  public static final long DEFAULT_EPOCH_ANCHOR_MILLIS = 1_704_067_200_000L;

  /** A run of more tasks than this without time moving past its target is taken for a loop. */
  private static final long MAX_TASKS_PER_RUN = 50_000_000L;

  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private final long epochAnchorMillis;
  private final Thread driver;
  private long now;
  private long nextSeq;
  private long tasksRun;

  /**
   * @param epochAnchorMillis the Unix time that virtual time 0 stands for (token expiry needs real
   *     dates)
   */
  public VirtualScheduler() {
    this(DEFAULT_EPOCH_ANCHOR_MILLIS);
  }

  public VirtualScheduler(long epochAnchorMillis) {
    this.epochAnchorMillis = epochAnchorMillis;
    this.driver = Thread.currentThread();
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized long epochMillis() {
    return epochAnchorMillis + now / 1_000_000;
  }

  @Override
  public Cancellable schedule(Runnable task, long delayNanos) {
    return add(task, delayNanos);
  }

  @Override
  public void execute(Runnable task) {
    add(task, 0);
  }

  /** Tasks run on the thread that created the scheduler (the scenario's thread). */
  @Override
  public boolean inEventLoop() {
    return Thread.currentThread() == driver;
  }

  private synchronized Task add(Runnable runnable, long delayNanos) {
    Task task = new Task(now + Math.max(0, delayNanos), nextSeq++, runnable);
    queue.add(task);
    return task;
  }

  /** Runs every task due at or before {@code until}, then sets the time to {@code until}. */
  public void runUntil(long until) {
    runUntil(() -> false, until);
  }

  /**
   * Runs tasks in order until {@code condition} holds (checked before the first task and after each
   * one) or no task is due at or before {@code deadline}; returns whether the condition holds. The
   * clock ends at the deadline if the condition never held, else at the time of the task that made
   * it hold.
   */
  public boolean runUntil(BooleanSupplier condition, long deadline) {
    requireDriver();
    long budget = MAX_TASKS_PER_RUN;
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Task next;
      synchronized (this) {
        next = queue.peek();
        if (next == null || next.due > deadline) {
          now = Math.max(now, deadline);
          break;
        }
        queue.poll();
        now = next.due;
      }
      if (!next.cancelled) {
        if (--budget < 0) {
          throw new IllegalStateException(
              "more than " + MAX_TASKS_PER_RUN + " tasks due by " + deadline + " ns: a loop?");
        }
        tasksRun++;
        next.runnable.run();
      }
    }
    return condition.getAsBoolean();
  }

  /** Tasks run so far (a cheap measure of simulation work). */
  public synchronized long tasksRun() {
    return tasksRun;
  }

  /** Runs every task due now, including those they submit for now; time does not move. */
  public void runUntilIdle() {
    runUntil(nanoTime());
  }

  /** Moves time forward by {@code nanos}, running every task due on the way at its due time. */
  public void advance(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("cannot go back in time: " + nanos);
    }
    runUntil(nanoTime() + nanos);
  }

  public void advanceMillis(long millis) {
    advance(millis * 1_000_000L);
  }

  /**
   * Schedules {@code task} at the absolute virtual time {@code atNanos} (now, if that has passed).
   */
  public Cancellable scheduleAt(long atNanos, Runnable task) {
    return add(task, atNanos - nanoTime());
  }

  private void requireDriver() {
    if (!inEventLoop()) {
      throw new IllegalStateException(
          "simulated time must be driven by the thread that created it ("
              + driver.getName()
              + "), not "
              + Thread.currentThread().getName());
    }
  }

  /** A queued task; ordered by due time, then insertion. */
  private static final class Task implements Comparable<Task>, Cancellable {
    final long due;
    final long seq;
    final Runnable runnable;
    volatile boolean cancelled;

    Task(long due, long seq, Runnable runnable) {
      this.due = due;
      this.seq = seq;
      this.runnable = runnable;
    }

    @Override
    public int compareTo(Task o) {
      int c = Long.compare(due, o.due);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
