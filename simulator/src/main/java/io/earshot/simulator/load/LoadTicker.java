package io.earshot.simulator.load;

import java.util.function.LongConsumer;

/** The load run's clockwork: churn once a second of scenario time, progress every interval. */
final class LoadTicker {
  private static final long SECOND = 1_000_000_000L;

  private final long progressNanos;
  private final LongConsumer everySecond;
  private final Runnable everyInterval;
  private long nextSecond = SECOND;
  private long nextProgress;

  LoadTicker(long progressNanos, LongConsumer everySecond, Runnable everyInterval) {
    if (progressNanos <= 0) {
      throw new IllegalArgumentException(
          "expected a progress interval above 0, found " + progressNanos);
    }
    this.progressNanos = progressNanos;
    this.everySecond = everySecond;
    this.everyInterval = everyInterval;
    this.nextProgress = progressNanos;
  }

  /** The scenario time of the next tick. */
  long nextNanos() {
    return Math.min(nextSecond, nextProgress);
  }

  /** Runs every tick due by {@code nowNanos}. */
  void runDue(long nowNanos) {
    while (nextSecond <= nowNanos) {
      everySecond.accept(nextSecond / SECOND);
      nextSecond += SECOND;
    }
    if (nextProgress <= nowNanos) {
      everyInterval.run();
      while (nextProgress <= nowNanos) {
        nextProgress += progressNanos;
      }
    }
  }
}
