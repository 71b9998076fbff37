package io.earshot.features.steps;

import io.earshot.simulator.load.LoadRun;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms the engine up once per JVM before its first real-time scenario: a fresh JVM compiles the
 * media and measurement paths during the first seconds of a call, and on two cores that alone
 * stalls the clocks, so a listener's jitter buffer grows for the machine's sake and the first real-
 * time scenario measures the JIT rather than the call. Five seconds of one room of two speakers,
 * not measured. The system property {@value #PROPERTY}{@code =false} skips it ({@code earshot run
 * --no-warm-up}).
 */
final class RealTimeWarmUp {
  /** System property that switches the warm-up off when {@code false}. */
  static final String PROPERTY = "earshot.warmup";

  private static final AtomicBoolean DONE = new AtomicBoolean();

  private RealTimeWarmUp() {}

  /**
   * Runs the warm-up if this JVM has not yet run it and it is not switched off.
   *
   * @return whether it ran now
   */
  static boolean once(long seed) {
    if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))
        || !DONE.compareAndSet(false, true)) {
      return false;
    }
    System.err.println(
        "earshot: warming the real-time engine up (5 s of two users, not measured; --no-warm-up"
            + " skips it)");
    LoadRun.warmUp(seed);
    return true;
  }
}
