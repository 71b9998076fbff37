package io.earshot.simulator.internal;

import io.earshot.simulator.SimulationClock;
import java.util.function.BooleanSupplier;

/**
 * Real time: the system's monotonic clock. Waiting blocks on a monitor that every recorded callback
 * notifies, re-checking the condition at least every 20 ms (audio arrives without callbacks).
 */
public final class RealTimeSimulationClock implements SimulationClock {
  private static final long RECHECK_MILLIS = 20;
  private final long originNanos = System.nanoTime();
  private final Object changed;

  /**
   * @param changed the monitor timelines notify on every callback
   */
  public RealTimeSimulationClock(Object changed) {
    this.changed = changed;
  }

  @Override
  public long nowNanos() {
    return System.nanoTime() - originNanos;
  }

  @Override
  public long toScenarioNanos(long schedulerNanos) {
    return schedulerNanos - originNanos;
  }

  @Override
  public boolean awaitUntil(BooleanSupplier condition, long deadlineNanos) {
    synchronized (changed) {
      while (true) {
        if (condition.getAsBoolean()) {
          return true;
        }
        long left = deadlineNanos - nowNanos();
        if (left <= 0) {
          return condition.getAsBoolean();
        }
        try {
          changed.wait(Math.max(1, Math.min(RECHECK_MILLIS, left / 1_000_000)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return condition.getAsBoolean();
        }
      }
    }
  }
}
