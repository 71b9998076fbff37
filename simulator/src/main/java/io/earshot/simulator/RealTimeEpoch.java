package io.earshot.simulator;

/**
 * The wall clock's Unix time, read once when a scenario starts: simulated time is anchored to it so
 * that tokens expire on real dates (contract §8.5). The only wall-clock read of scenario setup.
 */
public final class RealTimeEpoch {
  private RealTimeEpoch() {}

  public static long nowMillis() {
    return System.currentTimeMillis();
  }
}
