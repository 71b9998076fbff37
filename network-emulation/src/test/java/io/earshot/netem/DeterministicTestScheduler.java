package io.earshot.netem;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Virtual-time scheduler for unit tests: tasks ordered by (time, insertion sequence), run by {@link
 * #runUntil(long)} on the calling thread. Optionally runs tasks due at the same instant in reverse
 * insertion order, to show that links do not depend on tie order.
 */
public final class DeterministicTestScheduler implements EmulationScheduler {

  private record Task(long atNanos, long seq, Runnable body) {}

  private final PriorityQueue<Task> queue;
  private long now;
  private long nextSeq;
  private long executed;

  /** Ties run in insertion order, like the simulator's virtual scheduler. */
  public DeterministicTestScheduler() {
    this(false);
  }

  /**
   * @param reverseTies run tasks due at the same instant last-scheduled first
   */
  public DeterministicTestScheduler(boolean reverseTies) {
    Comparator<Task> bySeq = Comparator.comparingLong(Task::seq);
    queue =
        new PriorityQueue<>(
            Comparator.comparingLong(Task::atNanos)
                .thenComparing(reverseTies ? bySeq.reversed() : bySeq));
  }

  @Override
  public long nowNanos() {
    return now;
  }

  @Override
  public void schedule(long atNanos, Runnable task) {
    queue.add(new Task(Math.max(atNanos, now), nextSeq++, task));
  }

  /** Runs every task due at or before {@code timeNanos} in order, then sets the clock to it. */
  public void runUntil(long timeNanos) {
    while (!queue.isEmpty() && queue.peek().atNanos() <= timeNanos) {
      Task task = queue.poll();
      now = task.atNanos();
      executed++;
      task.body().run();
    }
    now = Math.max(now, timeNanos);
  }

  /** Advances the clock by {@code nanos}, running what falls due. */
  public void advance(long nanos) {
    runUntil(now + nanos);
  }

  /** Runs until no task is left. */
  public void runUntilIdle() {
    while (!queue.isEmpty()) {
      runUntil(queue.peek().atNanos());
    }
  }

  /** Tasks waiting. */
  public int pendingTasks() {
    return queue.size();
  }

  /** Tasks run so far. */
  public long executedTasks() {
    return executed;
  }
}
