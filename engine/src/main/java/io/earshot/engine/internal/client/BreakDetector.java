package io.earshot.engine.internal.client;

import io.earshot.engine.PlayerMediaEvent;
import java.util.function.Consumer;

/**
 * Audio breaks of a played stream (contract §4.3): a break starts when playout has concealed for
 * 200 ms in a row (its start is the start of that run, the event fires at the 200 ms mark) and ends
 * at the first decoded frame. Time while receive-muted or while the publisher is absent does not
 * count.
 */
final class BreakDetector {
  static final int BREAK_FRAMES = 10;
  private static final long FRAME_NANOS = 20_000_000L;

  private final Consumer<PlayerMediaEvent> events;
  private int run;
  private long runStartNanos;
  private boolean inBreak;
  private long count;
  private long timeNanos;

  BreakDetector(Consumer<PlayerMediaEvent> events) {
    this.events = events;
  }

  void concealed(long nowNanos) {
    if (run++ == 0) {
      runStartNanos = nowNanos;
    }
    if (!inBreak && run == BREAK_FRAMES) {
      inBreak = true;
      count++;
      events.accept(PlayerMediaEvent.AUDIO_BREAK_OCCUR);
    }
  }

  void decoded(long nowNanos) {
    if (inBreak) {
      timeNanos += nowNanos - runStartNanos;
      inBreak = false;
      events.accept(PlayerMediaEvent.AUDIO_BREAK_RESUME);
    }
    run = 0;
  }

  /**
   * Receive-muted or no publisher: concealment now is no break; an open one ends here (so every
   * {@code AUDIO_BREAK_OCCUR} has its {@code AUDIO_BREAK_RESUME}).
   */
  void pause(long nowNanos) {
    if (inBreak) {
      timeNanos += nowNanos - runStartNanos;
      inBreak = false;
      events.accept(PlayerMediaEvent.AUDIO_BREAK_RESUME);
    }
    run = 0;
  }

  long count() {
    return count;
  }

  /** Total break time, ms, including an open break up to {@code nowNanos}. */
  long timeMillis(long nowNanos) {
    long open = inBreak ? nowNanos - runStartNanos : 0;
    return (timeNanos + open) / 1_000_000L;
  }

  boolean inBreak() {
    return inBreak;
  }

  static long frameNanos() {
    return FRAME_NANOS;
  }
}
