package io.earshot.simulator;

/**
 * Wall time since it started, for what a run reports about itself (a load run's wall time and
 * pace); never for scenario time, which comes from the simulation clock.
 */
public final class RealTimeStopwatch {
  private final long startNanos = System.nanoTime();

  public long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }
}
