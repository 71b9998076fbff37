package io.earshot.engine;

import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;
import java.util.PriorityQueue;

/**
 * A deterministic scheduler for tests: virtual time that moves only in {@link #advance}, tasks
 * ordered by (due time, submission order), everything on the calling thread. {@link #inEventLoop()}
 * is always true, so engine API calls run inline and callbacks are delivered by {@link
 * #runUntilIdle()} or {@link #advance}.
 */
public final class ManualScheduler implements Scheduler {
  /** Unix time (ms) that virtual time 0 corresponds to: 2024-01-01T00:00:00Z. */
  public static final long EPOCH_ANCHOR_MILLIS = 1_704_067_200_000L;

  private static final long MAX_TASKS_PER_RUN = 50_000_000L;

  private final PriorityQueue<Task> queue = new PriorityQueue<>();
  private long now;
  private long nextSeq;
  private long executed;

  private static final class Task implements Comparable<Task>, Cancellable {
    final long due;
    final long seq;
    final Runnable body;
    boolean cancelled;

    Task(long due, long seq, Runnable body) {
      this.due = due;
      this.seq = seq;
      this.body = body;
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

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public long epochMillis() {
    return EPOCH_ANCHOR_MILLIS + now / 1_000_000L;
  }

  @Override
  public Cancellable schedule(Runnable task, long delayNanos) {
    Task t = new Task(now + Math.max(0, delayNanos), nextSeq++, task);
    queue.add(t);
    return t;
  }

  @Override
  public boolean inEventLoop() {
    return true;
  }

  @Override
  public void execute(Runnable task) {
    schedule(task, 0);
  }

  /** Runs every task due now, including those they submit for now; time does not move. */
  public void runUntilIdle() {
    runDueBy(now);
  }

  /**
   * Moves virtual time forward by {@code nanos}, running every task due on the way at its due time.
   */
  public void advance(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("cannot go back in time: " + nanos);
    }
    runDueBy(now + nanos);
  }

  public void advanceMillis(long millis) {
    advance(millis * 1_000_000L);
  }

  /** Tasks run so far (for sanity checks). */
  public long executedTasks() {
    return executed;
  }

  private void runDueBy(long target) {
    long budget = MAX_TASKS_PER_RUN;
    while (!queue.isEmpty() && queue.peek().due <= target) {
      Task t = queue.poll();
      if (t.cancelled) {
        continue;
      }
      now = Math.max(now, t.due);
      if (--budget < 0) {
        throw new IllegalStateException(
            "more than " + MAX_TASKS_PER_RUN + " tasks due by " + target + " ns: a loop?");
      }
      executed++;
      t.body.run();
    }
    now = Math.max(now, target);
  }
}
