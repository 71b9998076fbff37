package io.earshot.simulator.internal;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.simulator.SimulationClock;
import java.util.function.BooleanSupplier;

/** Simulated time: waiting runs the virtual scheduler; scenario time is virtual time. */
public final class SimulatedClock implements SimulationClock {
  private final VirtualScheduler scheduler;

  public SimulatedClock(VirtualScheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public long nowNanos() {
    return scheduler.nanoTime();
  }

  @Override
  public long toScenarioNanos(long schedulerNanos) {
    return schedulerNanos;
  }

  @Override
  public boolean awaitUntil(BooleanSupplier condition, long deadlineNanos) {
    return scheduler.runUntil(condition, deadlineNanos);
  }
}
