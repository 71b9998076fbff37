package io.earshot.simulator.time;

import io.earshot.engine.scheduling.VirtualScheduler;
import io.earshot.netem.EmulationScheduler;

/** The simulation's virtual clock as the network emulator sees it: one clock for everything. */
public final class EmulationClock {
  private EmulationClock() {}

  public static EmulationScheduler of(VirtualScheduler scheduler) {
    return new EmulationScheduler() {
      @Override
      public long nowNanos() {
        return scheduler.nanoTime();
      }

      @Override
      public void schedule(long atNanos, Runnable task) {
        scheduler.scheduleAt(atNanos, task);
      }
    };
  }
}
