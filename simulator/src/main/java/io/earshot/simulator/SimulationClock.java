package io.earshot.simulator;

import java.util.function.BooleanSupplier;

/**
 * How a scenario experiences time. In real time, waiting is waiting for events (with a deadline);
 * in simulated time, waiting runs the virtual clock forward. Times are scenario times: nanoseconds
 * since the simulation started.
 */
public interface SimulationClock {
  /** Scenario time now. */
  long nowNanos();

  /** Converts a scheduler time (as engines and the server see it) to scenario time. */
  long toScenarioNanos(long schedulerNanos);

  /**
   * Waits until {@code condition} holds or scenario time reaches {@code deadlineNanos}; returns
   * whether it holds. The condition is re-checked whenever a callback is recorded and at the
   * deadline.
   */
  boolean awaitUntil(BooleanSupplier condition, long deadlineNanos);

  /** Lets {@code nanos} of scenario time pass. */
  default void pass(long nanos) {
    awaitUntil(() -> false, nowNanos() + nanos);
  }
}
