package io.earshot.engine.internal.client;

import io.earshot.engine.EngineTimings;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;

/**
 * While logged in: a heartbeat every 2 s, and a watch that declares the signaling link broken after
 * 4 s without any frame from the server (contract §7), so {@code RECONNECTING} comes within 5 s of
 * an outage even when the connection itself never closes.
 */
final class Liveness {
  private final Scheduler scheduler;
  private final EngineTimings timings;
  private final Runnable heartbeat;
  private final Runnable broken;
  private Cancellable beat = Cancellable.NONE;
  private Cancellable watch = Cancellable.NONE;
  private long lastFrameNanos;

  Liveness(Scheduler scheduler, EngineTimings timings, Runnable heartbeat, Runnable broken) {
    this.scheduler = scheduler;
    this.timings = timings;
    this.heartbeat = heartbeat;
    this.broken = broken;
  }

  void start() {
    stop();
    lastFrameNanos = scheduler.nanoTime();
    long period = timings.heartbeat().toNanos();
    beat = scheduler.scheduleAtFixedRate(heartbeat, period, period);
    arm(timings.signalingBrokenAfter().toNanos());
  }

  /** Any frame from the server. */
  void onFrame() {
    lastFrameNanos = scheduler.nanoTime();
  }

  void stop() {
    beat.cancel();
    watch.cancel();
    beat = Cancellable.NONE;
    watch = Cancellable.NONE;
  }

  private void arm(long delayNanos) {
    watch = scheduler.schedule(this::check, delayNanos);
  }

  private void check() {
    long silent = scheduler.nanoTime() - lastFrameNanos;
    long limit = timings.signalingBrokenAfter().toNanos();
    if (silent >= limit) {
      stop();
      broken.run();
    } else {
      arm(limit - silent);
    }
  }
}
