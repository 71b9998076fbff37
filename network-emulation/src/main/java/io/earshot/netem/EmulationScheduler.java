package io.earshot.netem;

/**
 * The only source of time for the emulator: links never read a clock and never sleep.
 *
 * <p>Two implementations exist: {@link RealTimeEmulationScheduler} on a Netty event loop, and a
 * virtual (discrete-event) scheduler in the simulator that orders tasks by (time, insertion
 * sequence). Links do not rely on the order in which two tasks due at the same instant run: a
 * delivery task always delivers the link's earliest pending item, so ordering comes from the link
 * itself and is identical in both modes.
 *
 * <p>All tasks of one link must run on one thread (the link's executor); an implementation must
 * accept {@link #schedule} from other threads and hand the task to that executor.
 */
public interface EmulationScheduler {

  /** Current time in nanoseconds on this scheduler's clock (arbitrary origin, monotonic). */
  long nowNanos();

  /**
   * Runs {@code task} at {@code atNanos} on this scheduler's clock, or as soon as possible if that
   * instant has passed. Never runs the task inside this call, even for a time in the past, so
   * re-entrancy is the same in both clock modes.
   */
  void schedule(long atNanos, Runnable task);
}
