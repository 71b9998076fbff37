package io.earshot.engine.internal.client;

import io.earshot.engine.EngineTimings;
import io.earshot.engine.scheduling.Cancellable;
import io.earshot.engine.scheduling.Scheduler;

/**
 * The attempt schedule of contract §7 within one window: a retry 0.5 s after a failure, then 1 s, 2
 * s, then every 3 s, until an attempt succeeds or the window ends. It remembers whether any attempt
 * got an answer, which decides between 1002031 and 1002030 for a login.
 */
final class ConnectionAttempts {
  /** What the schedule asks of the room session. */
  interface Listener {
    /** Make one attempt now (it reports back with {@link #failed} or {@link #stop}). */
    void attempt();

    /** The window ended; {@code everyAttemptRefused}: no attempt got any answer. */
    void exhausted(boolean everyAttemptRefused);
  }

  private final Scheduler scheduler;
  private final EngineTimings timings;
  private final Listener listener;
  private Cancellable next = Cancellable.NONE;
  private Cancellable windowEnd = Cancellable.NONE;
  private int retries;
  private boolean anyAnswered;
  private boolean active;

  ConnectionAttempts(Scheduler scheduler, EngineTimings timings, Listener listener) {
    this.scheduler = scheduler;
    this.timings = timings;
    this.listener = listener;
  }

  /** Opens a window; the first attempt runs now ({@code atOnce}) or after the first retry delay. */
  void start(boolean atOnce) {
    stop();
    active = true;
    retries = 0;
    anyAnswered = false;
    windowEnd =
        scheduler.schedule(
            () -> {
              if (active) {
                stop();
                listener.exhausted(!anyAnswered);
              }
            },
            timings.reconnectWindow().toNanos());
    if (atOnce) {
      listener.attempt();
    } else {
      scheduleNext();
    }
  }

  /** The current attempt failed; {@code refused}: it got no answer at all. */
  void failed(boolean refused) {
    if (!active) {
      return;
    }
    anyAnswered |= !refused;
    scheduleNext();
  }

  boolean active() {
    return active;
  }

  /** An attempt succeeded, or the session ended otherwise: no more attempts. */
  void stop() {
    active = false;
    next.cancel();
    windowEnd.cancel();
    next = Cancellable.NONE;
    windowEnd = Cancellable.NONE;
  }

  private void scheduleNext() {
    long delay = timings.retryDelay(retries++).toNanos();
    next =
        scheduler.schedule(
            () -> {
              if (active) {
                listener.attempt();
              }
            },
            delay);
  }
}
