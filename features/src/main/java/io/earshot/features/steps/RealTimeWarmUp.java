package io.earshot.features.steps;

import io.earshot.simulator.load.LoadRun;
import java.util.Locale;
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

  /** The switch: {@code true} (the default) or {@code false}. */
  static boolean wanted() {
    String value = System.getProperty(PROPERTY, "true").trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "system property " + PROPERTY + " must be true or false, was '" + value + "'");
    };
  }

  /**
   * Runs the warm-up if this JVM has not yet run it and it is not switched off.
   *
   * @return whether it ran now
   */
  static boolean once(long seed) {
    if (!wanted() || !DONE.compareAndSet(false, true)) {
      return false;
    }
    System.err.println(
        "earshot: warming the real-time engine up (5 s of two users, not measured; --no-warm-up"
            + " skips it)");
    try {
      LoadRun.warmUp(seed);
    } catch (RuntimeException e) {
      // Only the first call's punctuality is at stake; the scenario itself still runs and says
      // what is wrong if the machine really cannot start users.
      System.err.println("earshot: the warm-up failed, running without it: " + e);
    }
    return true;
  }
}
